import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DEFAULT_EXTRACTION_LIMITS,
  DEFAULT_PARSE_TIMEOUT_MS,
  ExtractionLimits,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';

/** How report files are parsed, from `conferenceTakeaways.reports`. */
export interface ExtractionSettings {
  timeBudgetMs: number;
  limits: ExtractionLimits;
  allowedAnnotations: string[];
}

const REPORTS = 'conferenceTakeaways.reports';
const PARSE_TIMEOUT = `${REPORTS}.parseTimeoutMs`;
const LIMITS = `${REPORTS}.limits`;
const ALLOWED_ANNOTATIONS = `${REPORTS}.allowedAnnotations`;
/** `backstage.io/techdocs-ref`, `example.com/team`: a qualified key. */
const ANNOTATION_KEY =
  /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?\/[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

function positiveInteger(
  config: Config,
  key: string,
  fallback: number,
  logger: LoggerService,
): number {
  let value: unknown;
  try {
    value = config.getOptional(key);
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    return fallback;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    logger.error(
      `${key}: must be a positive whole number, got ${JSON.stringify(
        value,
      )}; using ${fallback}`,
    );
    return fallback;
  }
  return value;
}

function readAllowedAnnotations(config: Config, logger: LoggerService) {
  const raw = config.getOptional<unknown>(ALLOWED_ANNOTATIONS);
  if (raw === undefined) {
    return [];
  }
  if (!Array.isArray(raw)) {
    logger.error(`${ALLOWED_ANNOTATIONS}: must be a list of annotation keys`);
    return [];
  }
  return raw.filter((key, index) => {
    const valid = typeof key === 'string' && ANNOTATION_KEY.test(key);
    if (!valid) {
      logger.error(
        `${ALLOWED_ANNOTATIONS}[${index}]: ${JSON.stringify(
          key,
        )} is not an annotation key like "example.com/team"; ignored`,
      );
    }
    return valid;
  }) as string[];
}

/**
 * Reads the parse time budget, the per-report limits and the annotations
 * reports may set. Never throws: a wrong value is logged naming the setting
 * and the default is used.
 */
export function readExtractionSettings(
  config: Config,
  logger: LoggerService,
): ExtractionSettings {
  const limits = Object.fromEntries(
    (
      Object.keys(DEFAULT_EXTRACTION_LIMITS) as Array<keyof ExtractionLimits>
    ).map(key => [
      key,
      positiveInteger(
        config,
        `${LIMITS}.${key}`,
        DEFAULT_EXTRACTION_LIMITS[key],
        logger,
      ),
    ]),
  ) as unknown as ExtractionLimits;
  return {
    timeBudgetMs: positiveInteger(
      config,
      PARSE_TIMEOUT,
      DEFAULT_PARSE_TIMEOUT_MS,
      logger,
    ),
    limits,
    allowedAnnotations: readAllowedAnnotations(config, logger),
  };
}
