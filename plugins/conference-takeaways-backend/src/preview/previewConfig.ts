import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
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
  const value = config.getOptional(PREVIEW_MAX_BYTES_KEY);
  if (value === undefined) {
    return DEFAULT_MAX_FILE_BYTES;
  }
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > CEILING
  ) {
    logger.error(
      `${PREVIEW_MAX_BYTES_KEY}: must be a whole number of bytes from 1 to ${CEILING}, got ${JSON.stringify(
        value,
      )}; using ${DEFAULT_MAX_FILE_BYTES}`,
    );
    return DEFAULT_MAX_FILE_BYTES;
  }
  return value;
}
