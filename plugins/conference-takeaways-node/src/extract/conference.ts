import { slugify } from './naming';

/**
 * What we know about a conference edition before it becomes an entity.
 *
 * @public
 */
export interface ConferenceInfo {
  series: string;
  year: number;
  region?: string;
  city?: string;
  startDate?: string;
  endDate?: string;
  owner?: string;
}

/** The one series this family was built for; other series are slugged. */
export const KUBECON_SERIES = 'KubeCon + CloudNativeCon';

interface RegionDefinition {
  name: string;
  code: string;
  /** Lower-case spellings found in reports. */
  spellings: string[];
}

const REGIONS: RegionDefinition[] = [
  { name: 'Europe', code: 'eu', spellings: ['europe', 'eu', 'emea'] },
  {
    name: 'North America',
    code: 'na',
    spellings: ['north america', 'na', 'americas', 'us'],
  },
  { name: 'China', code: 'cn', spellings: ['china', 'cn'] },
  { name: 'Japan', code: 'jp', spellings: ['japan', 'jp'] },
  { name: 'India', code: 'in', spellings: ['india', 'in'] },
  {
    name: 'Latin America',
    code: 'latam',
    spellings: ['latin america', 'latam'],
  },
  { name: 'Hong Kong', code: 'hk', spellings: ['hong kong', 'hk'] },
];

/** `Europe`, `EU`, `eu` ⇒ `Europe`; unknown regions are kept as written. */
export function canonicalRegion(region: string): string {
  const lower = region.trim().toLowerCase();
  return REGIONS.find(r => r.spellings.includes(lower))?.name ?? region.trim();
}

function regionCode(region: string): string {
  const canonical = canonicalRegion(region);
  return REGIONS.find(r => r.name === canonical)?.code ?? slugify(canonical);
}

/** True for every way of writing the KubeCon + CloudNativeCon series. */
export function isKubeConSeries(series: string): boolean {
  return /kube\s*con|cloud\s*native\s*con/i.test(series);
}

/** `KubeCon/CloudNativeCon` ⇒ `KubeCon + CloudNativeCon`; others unchanged. */
export function canonicalSeries(series: string): string {
  return isKubeConSeries(series) ? KUBECON_SERIES : series.trim();
}

/**
 * Entity name of a conference edition: `kubecon-<region code>-<year>` for
 * KubeCon + CloudNativeCon, `<slug of series>-<region code>-<year>` otherwise.
 *
 * @public
 */
export function conferenceEntityName(info: ConferenceInfo): string {
  const prefix = isKubeConSeries(info.series)
    ? 'kubecon'
    : slugify(info.series);
  const parts = [prefix];
  if (info.region) {
    parts.push(regionCode(info.region));
  }
  parts.push(String(info.year));
  return parts.join('-');
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
): ConferenceInfo | undefined {
  const match = /^([a-z0-9][a-z0-9-]*?)-(\d{4})$/.exec(name.toLowerCase());
  if (!match) {
    return undefined;
  }
  const year = Number(match[2]);
  const words = match[1].split('-');
  const last = words[words.length - 1];
  const region =
    words.length > 1 ? REGIONS.find(r => r.code === last) : undefined;
  const seriesSlug = (region ? words.slice(0, -1) : words).join('-');
  return {
    series: seriesSlug === 'kubecon' ? KUBECON_SERIES : seriesSlug,
    region: region?.name,
    year,
  };
}

/** Display title, e.g. `KubeCon + CloudNativeCon Europe 2022`. */
export function conferenceTitle(info: ConferenceInfo): string {
  return [info.series, info.region, info.year].filter(Boolean).join(' ');
}

/** The `edition` label, e.g. `Europe 2022`. */
export function conferenceEdition(info: ConferenceInfo): string {
  return [info.region, info.year].filter(Boolean).join(' ');
}

/**
 * In-person KubeCon + CloudNativeCon editions by city. Used only when a report
 * names the city but not the year ("KubeCon Europe in Valencia"). Cities that
 * hosted more than once are resolved with a date found in the report.
 */
export const KUBECON_EDITIONS: ReadonlyArray<{
  city: string;
  region: string;
  year: number;
}> = [
  { city: 'San Francisco', region: 'North America', year: 2015 },
  { city: 'London', region: 'Europe', year: 2016 },
  { city: 'Seattle', region: 'North America', year: 2016 },
  { city: 'Berlin', region: 'Europe', year: 2017 },
  { city: 'Austin', region: 'North America', year: 2017 },
  { city: 'Copenhagen', region: 'Europe', year: 2018 },
  { city: 'Shanghai', region: 'China', year: 2018 },
  { city: 'Seattle', region: 'North America', year: 2018 },
  { city: 'Barcelona', region: 'Europe', year: 2019 },
  { city: 'Shanghai', region: 'China', year: 2019 },
  { city: 'San Diego', region: 'North America', year: 2019 },
  { city: 'Los Angeles', region: 'North America', year: 2021 },
  { city: 'Valencia', region: 'Europe', year: 2022 },
  { city: 'Detroit', region: 'North America', year: 2022 },
  { city: 'Amsterdam', region: 'Europe', year: 2023 },
  { city: 'Shanghai', region: 'China', year: 2023 },
  { city: 'Chicago', region: 'North America', year: 2023 },
  { city: 'Paris', region: 'Europe', year: 2024 },
  { city: 'Hong Kong', region: 'China', year: 2024 },
  { city: 'New Delhi', region: 'India', year: 2024 },
  { city: 'Salt Lake City', region: 'North America', year: 2024 },
  { city: 'London', region: 'Europe', year: 2025 },
  { city: 'Hong Kong', region: 'China', year: 2025 },
  { city: 'Tokyo', region: 'Japan', year: 2025 },
  { city: 'Hyderabad', region: 'India', year: 2025 },
  { city: 'Atlanta', region: 'North America', year: 2025 },
  { city: 'Amsterdam', region: 'Europe', year: 2026 },
];

/**
 * The KubeCon edition held in `city`. With several editions there, the one
 * of `hintYear` or the last one before it; undefined when still ambiguous.
 */
export function kubeConEditionInCity(
  city: string,
  hintYear?: number,
): { region: string; year: number } | undefined {
  const editions = KUBECON_EDITIONS.filter(
    e => e.city.toLowerCase() === city.toLowerCase(),
  );
  if (editions.length === 1) {
    return editions[0];
  }
  if (!hintYear) {
    return undefined;
  }
  const before = editions.filter(e => e.year <= hintYear);
  return before[before.length - 1];
}
