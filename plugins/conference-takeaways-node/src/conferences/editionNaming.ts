import { slugify } from '../extract/naming';
import { ConferenceDictionary } from './ConferenceDictionary';
import { seriesNamed } from './mentions';
import { ConferenceSeriesDefinition } from './types';

/** Region codes for series the dictionary does not know. */
const COMMON_REGIONS = [
  { name: 'Europe', code: 'eu', aliases: ['eu', 'emea'] },
  { name: 'North America', code: 'na', aliases: ['na', 'americas', 'us'] },
  { name: 'China', code: 'cn', aliases: ['cn'] },
  { name: 'Japan', code: 'jp', aliases: ['jp'] },
  { name: 'India', code: 'in', aliases: ['in'] },
  { name: 'Latin America', code: 'latam', aliases: ['latam'] },
  { name: 'Hong Kong', code: 'hk', aliases: ['hk'] },
];

/** The parts of an edition its name and title are made of. */
export interface EditionNameParts {
  series: string;
  region?: string;
  year: number;
}

function regionCode(
  series: ConferenceSeriesDefinition | undefined,
  region: string,
  dictionary: ConferenceDictionary,
): string {
  if (series && !series.editionsByCity) {
    const known = dictionary.region(series, region);
    if (known) {
      return known.code;
    }
  }
  const lower = region.trim().toLowerCase();
  const common = series?.editionsByCity
    ? undefined
    : COMMON_REGIONS.find(
        r => r.name.toLowerCase() === lower || r.aliases.includes(lower),
      );
  return common?.code ?? slugify(region);
}

/**
 * `<series id>-<region code or city>-<year>`: `kubecon-na-2024`,
 * `srecon-americas-2017`, `devopsdays-ghent-2019`, `fosdem-2017`. A series
 * the dictionary does not know is slugged (`servicemeshcon-na-2022`).
 */
export function editionEntityName(
  info: EditionNameParts,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): string {
  const series = seriesNamed(info.series, dictionary);
  const parts = [series?.id ?? slugify(info.series)];
  if (info.region) {
    parts.push(regionCode(series, info.region, dictionary));
  }
  parts.push(String(info.year));
  return parts.join('-');
}

const titleCase = (slug: string) =>
  slug
    .split('-')
    .map(w => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/**
 * Reads an edition name back: `kubecon-eu-2022` ⇒ KubeCon + CloudNativeCon,
 * Europe, 2022; `devopsdays-ghent-2019` ⇒ DevOpsDays, Ghent, 2019.
 * Undefined when the name does not end in a year.
 */
export function parseEditionEntityName(
  name: string,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): EditionNameParts | undefined {
  const match = /^([a-z0-9][a-z0-9-]*?)-(\d{4})$/.exec(name.toLowerCase());
  if (!match) {
    return undefined;
  }
  const year = Number(match[2]);
  const words = match[1].split('-');
  for (let k = words.length; k >= 1; k--) {
    const series = dictionary.get(words.slice(0, k).join('-'));
    if (!series) {
      continue;
    }
    const rest = words.slice(k).join('-');
    if (!rest) {
      return { series: series.name, year };
    }
    const region = series.editionsByCity
      ? dictionary.cities().find(c => slugify(c) === rest) ?? titleCase(rest)
      : series.regions?.find(r => r.code === rest)?.name;
    if (region) {
      return { series: series.name, region, year };
    }
  }
  const last = words[words.length - 1];
  const common =
    words.length > 1 ? COMMON_REGIONS.find(r => r.code === last) : undefined;
  return {
    series: (common ? words.slice(0, -1) : words).join('-'),
    region: common?.name,
    year,
  };
}
