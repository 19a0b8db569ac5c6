import { Config } from '@backstage/config';
import {
  ConferenceDictionary,
  ConferenceSeriesDefinition,
  validateConferenceSeries,
} from '../conferences';

const SETTING = 'conferenceTakeaways.conferences';

/**
 * The conference dictionary extended with the organisation's entries from
 * `conferenceTakeaways.conferences`. An entry with a built-in id extends
 * that series (aliases, regions and editions are added; `name` may be left
 * out); a new id adds a series.
 *
 * Never throws: a faulty setting or entry is logged as an error naming it
 * (e.g. `conferenceTakeaways.conferences[1]: editions[0].year …`) and left
 * out, so one typo neither stops the backend nor hides the other entries.
 *
 * @public
 */
export function conferenceDictionaryFromConfig(
  config: Config,
  logger: { error(message: string): void },
  base: ConferenceDictionary = ConferenceDictionary.default(),
): ConferenceDictionary {
  return readEntries(config, logger).reduce<ConferenceDictionary>(
    (dictionary, entry, index) => {
      const setting = `${SETTING}[${index}]`;
      const result = addEntry(dictionary, entry);
      if (typeof result === 'string') {
        logger.error(
          `${setting}: ${result}; this conference series is ignored`,
        );
        return dictionary;
      }
      return result;
    },
    base,
  );
}

function readEntries(
  config: Config,
  logger: { error(message: string): void },
): unknown[] {
  let raw: unknown;
  try {
    raw = config.getOptional(SETTING);
  } catch (error) {
    logger.error(
      `${SETTING}: ${messageOf(error)}; no conference series are added`,
    );
    return [];
  }
  if (raw === undefined) {
    return [];
  }
  if (!Array.isArray(raw)) {
    logger.error(
      `${SETTING}: must be a list of { id, name, aliases?, regions?, editionsByCity?, city?, editions? }; no conference series are added`,
    );
    return [];
  }
  return raw;
}

function addEntry(
  dictionary: ConferenceDictionary,
  entry: unknown,
): ConferenceDictionary | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return 'must be an object with id and name';
  }
  const id = (entry as { id?: unknown }).id;
  const known = typeof id === 'string' && dictionary.get(id) !== undefined;
  const problems = validateConferenceSeries(entry, { partial: known });
  if (problems.length) {
    return problems.join('; ');
  }
  try {
    return dictionary.with([entry as ConferenceSeriesDefinition]);
  } catch (error) {
    return messageOf(error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
