import { ConferenceDictionary, detectConferences } from '../conferences';
import { proseDates } from '../conferences/proseDates';
import { ConferenceInfo } from './conference';

/**
 * Which conference edition a plain-text report is about: the main edition
 * {@link detectConferences} finds, with the first full date written in the
 * report taken as its publication date.
 */
export function detectConference(
  rawText: string,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): { info: ConferenceInfo } | { problem: string } {
  const { main, problem } = detectConferences(
    {
      text: rawText,
      publishedDate: proseDates(rawText)[0]?.start,
    },
    dictionary,
  );
  if (!main) {
    return { problem: problem ?? 'no conference is named' };
  }
  if (!main.year) {
    return {
      problem: `no year for ${main.title} (write e.g. "${main.title} 2022")`,
    };
  }
  return {
    info: {
      series: main.series,
      region: main.region,
      year: main.year,
      city: main.city,
      startDate: main.startDate,
      endDate: main.endDate,
    },
  };
}
