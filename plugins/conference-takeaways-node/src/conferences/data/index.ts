import { ConferenceSeriesDefinition } from '../types';
import { KUBECON } from './kubecon';
import { OTHER_SERIES } from './otherSeries';

/** The built-in conference series. */
export const DEFAULT_CONFERENCE_SERIES: ReadonlyArray<ConferenceSeriesDefinition> =
  [KUBECON, ...OTHER_SERIES];

/**
 * Other names of cities reports use. Keys and values as written; matching
 * ignores case and accents.
 */
export const CITY_ALIASES: Readonly<Record<string, string>> = {
  Delhi: 'New Delhi',
  PDX: 'Portland',
  NYC: 'New York',
  'New York City': 'New York',
  SF: 'San Francisco',
  SLC: 'Salt Lake City',
  LA: 'Los Angeles',
  Bangalore: 'Bengaluru',
  Düsseldorf: 'Dusseldorf',
  Reykjavík: 'Reykjavik',
  Gent: 'Ghent',
  Brussel: 'Brussels',
  Bruxelles: 'Brussels',
};
