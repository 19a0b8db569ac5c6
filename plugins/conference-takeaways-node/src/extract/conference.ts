import {
  ConferenceDictionary,
  editionEntityName,
  parseEditionEntityName,
  seriesNamed,
} from '../conferences';

/**
 * What we know about a conference edition before it becomes an entity.
 *
 * @public
 */
export interface ConferenceInfo {
  series: string;
  year: number;
  /** A region (`Europe`) or, for series held city by city, the city. */
  region?: string;
  city?: string;
  startDate?: string;
  endDate?: string;
  owner?: string;
}

/** The series this family was built for. */
export const KUBECON_SERIES = 'KubeCon + CloudNativeCon';

/**
 * `EU` ⇒ `Europe` for the series' regions (KubeCon's when no series is
 * given); unknown regions are kept as written.
 */
export function canonicalRegion(
  region: string,
  series: string = KUBECON_SERIES,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): string {
  const known = seriesNamed(series, dictionary);
  return (known && dictionary.region(known, region)?.name) ?? region.trim();
}

/** True for every way of writing the KubeCon + CloudNativeCon series. */
export function isKubeConSeries(series: string): boolean {
  return seriesNamed(series, ConferenceDictionary.default())?.id === 'kubecon';
}

/** `KubeCon/CloudNativeCon` ⇒ `KubeCon + CloudNativeCon`; unknown names unchanged. */
export function canonicalSeries(
  series: string,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): string {
  return seriesNamed(series, dictionary)?.name ?? series.trim();
}

/**
 * Entity name of a conference edition: `kubecon-<region code>-<year>` for
 * KubeCon + CloudNativeCon, `<series id>-<region code or city>-<year>` for
 * other dictionary series (`srecon-americas-2017`, `devopsdays-ghent-2019`,
 * `fosdem-2017`), a slug of the series otherwise.
 *
 * @public
 */
export function conferenceEntityName(
  info: ConferenceInfo,
  dictionary?: ConferenceDictionary,
): string {
  return editionEntityName(info, dictionary);
}

/**
 * Reads a conference entity name back into its parts, e.g. `kubecon-eu-2022`
 * ⇒ KubeCon + CloudNativeCon, Europe, 2022. Undefined when the name does not
 * end in a year.
 *
 * @public
 */
export function parseConferenceEntityName(
  name: string,
  dictionary?: ConferenceDictionary,
): ConferenceInfo | undefined {
  return parseEditionEntityName(name, dictionary);
}

/** Display title, e.g. `KubeCon + CloudNativeCon Europe 2022`. */
export function conferenceTitle(info: ConferenceInfo): string {
  return [info.series, info.region, info.year].filter(Boolean).join(' ');
}

/** The `edition` label, e.g. `Europe 2022`. */
export function conferenceEdition(info: ConferenceInfo): string {
  return [info.region, info.year].filter(Boolean).join(' ');
}
