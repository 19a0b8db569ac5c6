import { ConferenceDictionary } from './ConferenceDictionary';
import { isAboutAnotherEdition } from './otherEditionCues';
import { PlaceIndex, Qualifiers, readQualifiers } from './qualifiers';
import { alternation, spellingPattern } from './spellingPattern';
import {
  escapeRegExp,
  foldAccents,
  isCaseSensitiveSpelling,
  nameKey,
} from './text';
import { ConferenceSeriesDefinition } from './types';

/** How strongly a spelling names its series. */
export type MentionStrength = 'name' | 'weak' | 'coLocated';

/** One place a text names a conference series. */
export interface SeriesMention extends Qualifiers {
  series: ConferenceSeriesDefinition;
  strength: MentionStrength;
  index: number;
  end: number;
  /** About a past or future edition ("the next KubeCon"). */
  otherEdition: boolean;
}

interface Spelling {
  series: ConferenceSeriesDefinition;
  strength: MentionStrength;
}

/** The compiled patterns of one dictionary. */
export interface SeriesMatcher {
  places: PlaceIndex;
  /** By the spelling's letters and digits, lower case. */
  spellings: Map<string, Spelling>;
  patterns: RegExp[];
  cityPattern: RegExp;
}

const compiled = new WeakMap<ConferenceDictionary, SeriesMatcher>();
const compact = (text: string) => nameKey(text).replace(/ /g, '');

/** Compiles (once per dictionary) the patterns that find series names. */
export function seriesMatcher(dictionary: ConferenceDictionary): SeriesMatcher {
  let matcher = compiled.get(dictionary);
  if (matcher) {
    return matcher;
  }
  const spellings = new Map<string, Spelling>();
  const insensitive: string[] = [];
  const sensitive: string[] = [];
  const add = (
    series: ConferenceSeriesDefinition,
    strength: MentionStrength,
    names: string[] = [],
  ) => {
    for (const spelling of names) {
      const key = compact(spelling);
      if (!key || spellings.has(key)) {
        continue;
      }
      spellings.set(key, { series, strength });
      (isCaseSensitiveSpelling(spelling) ? sensitive : insensitive).push(
        spelling,
      );
    }
  };
  for (const series of dictionary.list()) {
    const weak = new Set((series.weakAliases ?? []).map(compact));
    add(
      series,
      'name',
      [series.name, ...(series.aliases ?? [])].filter(
        s => !weak.has(compact(s)),
      ),
    );
    add(series, 'weak', series.weakAliases);
    add(series, 'coLocated', series.coLocated);
  }
  const places = new PlaceIndex(dictionary);
  const cities = places
    .cityNames()
    .map(key => key.split(' ').map(escapeRegExp).join('[\\s.]+'));
  matcher = {
    places,
    spellings,
    patterns: [
      new RegExp(alternation(insensitive), 'giu'),
      ...(sensitive.length
        ? [new RegExp(sensitive.map(spellingPattern).join('|'), 'gu')]
        : []),
    ],
    cityPattern: new RegExp(cities.join('|'), 'giu'),
  };
  compiled.set(dictionary, matcher);
  return matcher;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isLower = (c: string | undefined) => !!c && /\p{Ll}/u.test(c);
const isUpper = (c: string | undefined) => !!c && /\p{Lu}/u.test(c);

/**
 * A match stands alone: not inside a longer word, except where camel case
 * joins two names ("KubeConCloudNativeCon"); digits may follow ("SREcon17").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const okBefore =
    !isWordChar(before) || (isLower(before) && isUpper(text[start]));
  const okAfter =
    !after ||
    !/\p{L}/u.test(after) ||
    (isUpper(after) && isLower(text[end - 1]));
  return okBefore && okAfter;
}

/** Two names of one series joined: "KubeCon + CloudNativeCon". */
const JOINER = /^(?:[\s+&/|-]{0,5}|\s*and\s*)$/i;

/**
 * Every mention of a dictionary series in `text` (accents already folded),
 * with what is written after it and whether it is about another edition.
 */
export function findSeriesMentions(
  text: string,
  matcher: SeriesMatcher,
): SeriesMention[] {
  const raw: Array<{ index: number; end: number; spelling: Spelling }> = [];
  for (const pattern of matcher.patterns) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const spelling = matcher.spellings.get(compact(match[0]));
      if (spelling && match[0] && standsAlone(text, match.index, end)) {
        raw.push({ index: match.index, end, spelling });
      }
    }
  }
  raw.sort((a, b) => a.index - b.index);
  const joined: typeof raw = [];
  for (const m of raw) {
    const last = joined[joined.length - 1];
    if (
      last &&
      last.spelling.series === m.spelling.series &&
      JOINER.test(text.slice(last.end, m.index))
    ) {
      last.end = m.end;
      continue;
    }
    joined.push({ ...m });
  }
  return joined.flatMap(({ index, end, spelling }) => {
    const qualifiers = readQualifiers(
      matcher.places,
      spelling.series,
      text.slice(end, end + 120),
    );
    const before = /(?:^|[^\p{N}])((?:19|20)\d\d)['’]?s?\s{1,3}$/u.exec(
      text.slice(Math.max(0, index - 12), index),
    );
    if (before && !qualifiers.year) {
      qualifiers.year = Number(before[1]);
    }
    const hasQualifier = Boolean(
      qualifiers.year || qualifiers.region || qualifiers.city,
    );
    if (spelling.strength === 'weak' && !hasQualifier) {
      return [];
    }
    return [
      {
        series: spelling.series,
        strength: spelling.strength,
        index,
        end,
        otherEdition: isAboutAnotherEdition(text, index, end),
        ...qualifiers,
      },
    ];
  });
}

/** A city named in the text, e.g. for an edition the mentions leave open. */
export interface CityMention {
  city: string;
  index: number;
  otherEdition: boolean;
}

/** Every known city the text names (capitalised), in order. */
export function findCityMentions(
  text: string,
  matcher: SeriesMatcher,
): CityMention[] {
  const found: CityMention[] = [];
  for (const match of text.matchAll(matcher.cityPattern)) {
    const end = match.index + match[0].length;
    const city = matcher.places.city(match[0].replace(/[\s.]+/g, ' '));
    if (
      city &&
      /^\p{Lu}/u.test(match[0]) &&
      !isWordChar(text[match.index - 1]) &&
      !isWordChar(text[end])
    ) {
      found.push({
        city,
        index: match.index,
        otherEdition: isAboutAnotherEdition(text, match.index, end),
      });
    }
  }
  return found;
}

/**
 * The series a free-form name means: an exact name or alias, else the
 * first series named in it ("KubeCon Europe" ⇒ KubeCon + CloudNativeCon).
 */
export function seriesNamed(
  name: string,
  dictionary: ConferenceDictionary,
): ConferenceSeriesDefinition | undefined {
  return (
    dictionary.resolve(name) ??
    findSeriesMentions(foldAccents(name), seriesMatcher(dictionary)).find(
      m => m.strength === 'name',
    )?.series
  );
}
