import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { readWholeNumberSetting } from './config/readWholeNumberSetting';

/** How much one response of the API may carry; see config.d.ts. */
export interface ResponseLimits {
  /** Takeaways and talks per page of `GET /tools/:tool` without `limit`. */
  pageSize: number;
  /** The largest `limit` `GET /tools/:tool` accepts. */
  maxPageSize: number;
  /**
   * Most users, teams, entities per team and suggestions on a tool page, and
   * most takeaways and talks linked from one `/radar` entry.
   */
  maxListed: number;
}

export const RESPONSES_KEY = 'conferenceTakeaways.responses';

export const DEFAULT_RESPONSE_LIMITS: ResponseLimits = {
  pageSize: 20,
  maxPageSize: 100,
  maxListed: 50,
};

/** No setting may ask for more than this: one response stays a few MB at most. */
const CEILING = 1000;

function readSetting(
  config: Config,
  name: keyof ResponseLimits,
  logger: LoggerService,
): number {
  return readWholeNumberSetting(
    config,
    `${RESPONSES_KEY}.${name}`,
    { min: 1, max: CEILING, fallback: DEFAULT_RESPONSE_LIMITS[name] },
    logger,
  );
}

/**
 * Reads `conferenceTakeaways.responses`. A wrong value is logged naming the
 * setting and replaced by its default, so a typo never stops the backend.
 */
export function readResponseLimits(
  config: Config,
  logger: LoggerService,
): ResponseLimits {
  const limits: ResponseLimits = {
    pageSize: readSetting(config, 'pageSize', logger),
    maxPageSize: readSetting(config, 'maxPageSize', logger),
    maxListed: readSetting(config, 'maxListed', logger),
  };
  if (limits.pageSize > limits.maxPageSize) {
    logger.error(
      `${RESPONSES_KEY}.pageSize (${limits.pageSize}) is larger than ${RESPONSES_KEY}.maxPageSize (${limits.maxPageSize}); using ${limits.maxPageSize}`,
    );
    limits.pageSize = limits.maxPageSize;
  }
  return limits;
}
