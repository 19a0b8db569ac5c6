import { ConferenceDictionary } from './ConferenceDictionary';
import { CITY_ALIASES } from './data';
import { isCaseSensitiveSpelling, nameKey } from './text';
import { ConferenceSeriesDefinition } from './types';

/** Region, year and city written next to a series name. */
export interface Qualifiers {
  region?: string;
  year?: number;
  city?: string;
}

const TOKEN = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;
const FILLER_WORDS = new Set([
  'the',
  'and',
  'in',
  'at',
  'was',
  'were',
  'is',
  'held',
  'of',
  'edition',
]);
const FILLER_MARKS = new Set([...'+&/-–—:,()[]\'’"“”|#*_']);
/** Title-case words that follow a series name but are not cities. */
const NOT_CITIES = new Set(
  [
    'conference',
    'conf',
    'talk',
    'talks',
    'day',
    'days',
    'summit',
    'event',
    'recap',
    'notes',
    'review',
    'summary',
    'takeaways',
    'highlights',
    'keynote',
    'keynotes',
    'this',
    'that',
    'it',
    'i',
    'we',
    'my',
    'our',
    'there',
    'here',
    'was',
    'is',
    'and',
    'the',
    'with',
    'after',
    'before',
    'during',
    'edition',
    'schedule',
    'program',
    'videos',
    'video',
    'slides',
    'playlist',
    'online',
    'virtual',
    'live',
    'global',
    'community',
    'organizers',
    'europe',
    'americas',
  ].map(w => w.toLowerCase()),
);
const MAX_PHRASE_WORDS = 4;
const MAX_TOKENS = 14;

interface Phrase {
  value: string;
  /** Written exactly so, e.g. `EU`. */
  exact?: string;
}

/** The places a series' names can be followed by, by name key. */
export class PlaceIndex {
  readonly #cities = new Map<string, Phrase>();
  readonly #regions = new WeakMap<
    ConferenceSeriesDefinition,
    Map<string, Phrase>
  >();

  constructor(readonly dictionary: ConferenceDictionary) {
    for (const city of dictionary.cities()) {
      this.#cities.set(nameKey(city), { value: city });
    }
    for (const [alias, city] of Object.entries(CITY_ALIASES)) {
      this.#cities.set(nameKey(alias), {
        value: city,
        exact: isCaseSensitiveSpelling(alias) ? alias : undefined,
      });
      this.#cities.set(nameKey(city), { value: city });
    }
  }

  regionsOf(series: ConferenceSeriesDefinition): Map<string, Phrase> {
    let regions = this.#regions.get(series);
    if (!regions) {
      regions = new Map();
      for (const region of series.regions ?? []) {
        for (const spelling of [region.name, ...(region.aliases ?? [])]) {
          regions.set(nameKey(spelling), {
            value: region.name,
            exact: isCaseSensitiveSpelling(spelling) ? spelling : undefined,
          });
        }
      }
      this.#regions.set(series, regions);
    }
    return regions;
  }

  /** The city `written` names, e.g. `PDX` (in capitals) ⇒ Portland. */
  city(written: string): string | undefined {
    const city = this.#cities.get(nameKey(written));
    return city && (!city.exact || city.exact === written)
      ? city.value
      : undefined;
  }

  /** Cities some edition was held in, for scanning a whole text. */
  cityNames(): string[] {
    return [...new Set([...this.#cities.keys()])];
  }
}

function twoDigitYear(token: string): number | undefined {
  const value = Number(token);
  const latest = (new Date().getUTCFullYear() % 100) + 2;
  return value >= 10 && value <= latest ? 2000 + value : undefined;
}

function fourDigitYear(token: string): number | undefined {
  const value = Number(token);
  return value >= 1990 && value <= 2099 ? value : undefined;
}

/** `2024`; `17` only when `attached` to the name or region before it. */
function yearOf(digits: string, attached: boolean): number | undefined {
  if (digits.length === 4) {
    return fourDigitYear(digits);
  }
  return digits.length === 2 && attached ? twoDigitYear(digits) : undefined;
}

const isTitleCaseWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word);

/**
 * Reads what follows a series name up to the end of its clause: a region
 * (`Europe`, `EU` in capitals), a year (`2024`; `17` only right after the
 * name or region, as in "SREcon17"), a city ("in Salt Lake City"); for
 * series held city by city any title-case word that is not a common one.
 */
export function readQualifiers(
  places: PlaceIndex,
  series: ConferenceSeriesDefinition,
  after: string,
): Qualifiers {
  const clause = after.slice(0, 80).split(/[.!?;](?:\s|$)|\n\s*\n/)[0];
  const tokens = [...clause.matchAll(TOKEN)].map(m => ({
    text: m[0],
    index: m.index,
  }));
  const regions = places.regionsOf(series);
  const found: Qualifiers = {};
  // A two-digit year counts only written onto the name or region ("SREcon17").
  let nameEnd = 0;
  for (let i = 0; i < tokens.length && i < MAX_TOKENS; ) {
    const token = tokens[i];
    if (/^\p{N}+$/u.test(token.text)) {
      const attached = token.index - nameEnd <= 1;
      const year = yearOf(token.text, attached);
      if (year === undefined || found.year) {
        break;
      }
      found.year = year;
      i++;
      continue;
    }
    const place = matchPhrase(tokens, i, places, regions, series);
    if (place) {
      if (place.kind === 'region' && !found.region) {
        found.region = place.value;
        const last = tokens[i + place.length - 1];
        nameEnd = last.index + last.text.length;
      } else if (place.kind === 'city' && !found.city) {
        found.city = place.value;
      }
      i += place.length;
      continue;
    }
    if (
      !FILLER_MARKS.has(token.text) &&
      !FILLER_WORDS.has(token.text.toLowerCase())
    ) {
      break;
    }
    i++;
  }
  return found;
}

function matchPhrase(
  tokens: Array<{ text: string }>,
  start: number,
  places: PlaceIndex,
  regions: Map<string, Phrase>,
  series: ConferenceSeriesDefinition,
): { kind: 'region' | 'city'; value: string; length: number } | undefined {
  for (let length = MAX_PHRASE_WORDS; length >= 1; length--) {
    const words = tokens.slice(start, start + length).map(t => t.text);
    if (words.length < length || words.some(w => !/^\p{L}+$/u.test(w))) {
      continue;
    }
    const key = nameKey(words.join(' '));
    const region = regions.get(key);
    if (region && (!region.exact || region.exact === words.join(' '))) {
      return { kind: 'region', value: region.value, length };
    }
    const city = places.city(words.join(' '));
    if (city && /^\p{Lu}/u.test(words[0])) {
      return { kind: 'city', value: city, length };
    }
    if (
      series.editionsByCity &&
      words.every(isTitleCaseWord) &&
      !words.some(w => NOT_CITIES.has(w.toLowerCase()))
    ) {
      return { kind: 'city', value: words.join(' '), length };
    }
  }
  return undefined;
}
