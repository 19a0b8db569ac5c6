import { ConferenceDictionary } from './ConferenceDictionary';
import { seriesNamed } from './mentions';

/**
 * Whether a line names a conference series of the dictionary ("KubeCon EU",
 * "SREcon17 Americas"): such lines are titles, captions or the report's
 * introduction, not takeaway headings.
 */
export function namesConference(
  text: string,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): boolean {
  return seriesNamed(text, dictionary) !== undefined;
}
