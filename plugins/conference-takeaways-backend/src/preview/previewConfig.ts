import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { readWholeNumberSetting } from '../service/config/readWholeNumberSetting';
import { DEFAULT_MAX_FILE_BYTES } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';

export const PREVIEW_MAX_BYTES_KEY = 'conferenceTakeaways.preview.maxBytes';

/** No preview may ask for more than this, whatever the configuration. */
const CEILING = 10 * 1024 * 1024;

/**
 * Largest report `POST /preview` reads, in bytes: the setting, else the size
 * ingestion reads (larger report files are skipped there anyway). A wrong
 * value is logged and replaced by the default.
 */
export function readPreviewMaxBytes(
  config: Config,
  logger: LoggerService,
): number {
  return readWholeNumberSetting(
    config,
    PREVIEW_MAX_BYTES_KEY,
    {
      min: 1,
      max: CEILING,
      fallback: DEFAULT_MAX_FILE_BYTES,
      unit: 'of bytes',
    },
    logger,
  );
}
