import { Config } from '@backstage/config';

/** A list setting, and how its problems read. */
interface ListSetting {
  /** The setting, e.g. `conferenceTakeaways.tools`. */
  setting: string;
  /** The entry shape named when the setting is not a list. */
  entryShape: string;
  /** What happens when the whole setting is unusable. */
  noneAdded: string;
}

/** How one list setting extends a dictionary. */
export interface ConfigListExtension<D> extends ListSetting {
  /** What happens to one unusable entry. */
  entryIgnored: string;
  /** The extended dictionary, or a message saying why the entry is unusable. */
  addEntry(dictionary: D, entry: unknown): D | string;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readEntries(
  config: Config,
  logger: { error(message: string): void },
  { setting, entryShape, noneAdded }: ListSetting,
): unknown[] {
  let raw: unknown;
  try {
    raw = config.getOptional(setting);
  } catch (error) {
    // A parent key of the wrong type, e.g. `conferenceTakeaways: true`.
    logger.error(`${setting}: ${messageOf(error)}; ${noneAdded}`);
    return [];
  }
  if (raw === undefined) {
    return [];
  }
  if (!Array.isArray(raw)) {
    logger.error(`${setting}: must be a list of ${entryShape}; ${noneAdded}`);
    return [];
  }
  return raw;
}

/**
 * `base` extended entry by entry from a list setting. Never throws: a faulty
 * setting or entry is logged as an error naming it (`<setting>[1]: …`) and
 * left out, so one typo neither stops the backend nor hides the others.
 */
export function extendFromConfigList<D>(
  config: Config,
  logger: { error(message: string): void },
  base: D,
  extension: ConfigListExtension<D>,
): D {
  return readEntries(config, logger, extension).reduce<D>(
    (dictionary, entry, index) => {
      const result = extension.addEntry(dictionary, entry);
      if (typeof result === 'string') {
        logger.error(
          `${extension.setting}[${index}]: ${result}; ${extension.entryIgnored}`,
        );
        return dictionary;
      }
      return result;
    },
    base,
  );
}
