import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** The accepted range of a whole-number setting and what stands in for it. */
export interface WholeNumberSetting {
  min: number;
  max: number;
  fallback: number;
  /** Said after "whole number", e.g. "of bytes". */
  unit?: string;
}

/**
 * Reads one whole-number setting. A wrong value is logged naming the setting
 * and replaced by its default, so a typo never stops the backend.
 */
export function readWholeNumberSetting(
  config: Config,
  key: string,
  setting: WholeNumberSetting,
  logger: LoggerService,
): number {
  const { min, max, fallback } = setting;
  const value = config.getOptional(key);
  if (value === undefined) {
    return fallback;
  }
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  ) {
    const unit = setting.unit ? ` ${setting.unit}` : '';
    logger.error(
      `${key}: must be a whole number${unit} from ${min} to ${max}, got ${JSON.stringify(
        value,
      )}; using the default ${fallback}`,
    );
    return fallback;
  }
  return value;
}
