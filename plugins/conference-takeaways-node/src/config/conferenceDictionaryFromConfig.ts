import { Config } from '@backstage/config';
import {
  ConferenceDictionary,
  ConferenceSeriesDefinition,
  validateConferenceSeries,
} from '../conferences';
import { extendFromConfigList, messageOf } from './extendFromConfigList';

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
  return extendFromConfigList(config, logger, base, {
    setting: SETTING,
    entryShape:
      '{ id, name, aliases?, regions?, editionsByCity?, city?, editions? }',
    noneAdded: 'no conference series are added',
    entryIgnored: 'this conference series is ignored',
    addEntry,
  });
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
