import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { normaliseText } from './normalise';

export interface ExpectedConference {
  series: string;
  region?: string;
  year: number;
  /** Only when the report names the city. */
  city?: string;
}

export interface FoundConference {
  series?: string;
  region?: string;
  year?: number;
  city?: string;
}

/** Series whose editions go by several names. */
const SERIES_ALIASES: Array<[RegExp, string]> = [
  [/kubecon|cloudnativecon/, 'kubecon'],
  [/devops ?days/, 'devopsdays'],
];

/** Words naming an edition rather than the series ("SREcon17 Americas"). */
const EDITION_WORDS = new Set(
  'americas america north south latin latam europe eu emea asia pacific apac china india japan na us usa uk virtual online pdx'.split(
    ' ',
  ),
);

/**
 * One key per conference series: `KubeCon + CloudNativeCon`, `KubeCon` and
 * `CloudNativeCon` are the same series; so are `SREcon17 Americas` and
 * `SREcon`, `DevOpsDays Seattle` and `devopsdays`.
 */
export function seriesKey(series: string, city?: string): string {
  const text = normaliseText(series);
  for (const [pattern, key] of SERIES_ALIASES) {
    if (pattern.test(text)) {
      return key;
    }
  }
  const cityWords = new Set(city ? normaliseText(city).split(' ') : []);
  return text
    .split(' ')
    .filter(w => !cityWords.has(w) && !EDITION_WORDS.has(w) && !/^\d+$/.test(w))
    .map(w => w.replace(/\d+$/, ''))
    .join('');
}

const REGION_KEYS: Record<string, string> = {
  europe: 'europe',
  eu: 'europe',
  emea: 'europe',
  'north america': 'americas',
  na: 'americas',
  americas: 'americas',
  us: 'americas',
  usa: 'americas',
  china: 'china',
  cn: 'china',
  'hong kong': 'china',
  hk: 'china',
  india: 'india',
  in: 'india',
  japan: 'japan',
  jp: 'japan',
  'latin america': 'latam',
  latam: 'latam',
};

export function regionKey(region: string): string {
  const text = normaliseText(region);
  return REGION_KEYS[text] ?? text;
}

/** "Delhi" and "New Delhi" are one city; so are "Salt Lake" and "Salt Lake City". */
export function sameCity(a: string, b: string): boolean {
  const [shorter, longer] = [normaliseText(a), normaliseText(b)].sort(
    (x, y) => x.length - y.length,
  );
  return ` ${longer} `.includes(` ${shorter} `);
}

/**
 * Series and year must match, and the city when the report names it. A
 * region is compared only when both sides have one: "KubeCon 2024" in a
 * report about the North America edition must not become Europe 2024.
 */
export function conferenceMatches(
  found: FoundConference,
  expected: ExpectedConference,
): boolean {
  if (!found.series || found.year !== expected.year) {
    return false;
  }
  if (
    seriesKey(found.series, found.city) !==
    seriesKey(expected.series, expected.city)
  ) {
    return false;
  }
  if (expected.city && !(found.city && sameCity(found.city, expected.city))) {
    return false;
  }
  return !(
    found.region &&
    expected.region &&
    regionKey(found.region) !== regionKey(expected.region)
  );
}

export function describeConference(c: FoundConference): string {
  return [c.series ?? '?', c.region, c.year ?? '?', c.city && `(${c.city})`]
    .filter(Boolean)
    .join(' ');
}

/**
 * Judges the conference(s) of one report's entities. The first expected
 * conference is the one attended: some takeaway must point at it. Later
 * ones (talks watched online, a second event) may be yielded or only noted.
 * Every Conference entity and every takeaway's or talk's conference ref must
 * match an expected conference; a takeaway without one, or with a ref to no
 * emitted Conference, leaves the conference unknown.
 */
export function judgeConferences(
  entities: readonly Entity[],
  expected: readonly ExpectedConference[],
) {
  const conferences = new Map<string, FoundConference>(
    entities
      .filter(e => e.kind === 'Conference')
      .map(e => [stringifyEntityRef(e), e.spec as FoundConference]),
  );
  const resolve = (ref: unknown): FoundConference | undefined => {
    if (typeof ref !== 'string') {
      return undefined;
    }
    try {
      const parsed = parseEntityRef(ref, { defaultKind: 'conference' });
      return conferences.get(stringifyEntityRef(parsed));
    } catch {
      return undefined;
    }
  };
  const citing = entities.filter(
    e => e.kind === 'Takeaway' || e.kind === 'Talk',
  );
  const takeaways = citing.filter(e => e.kind === 'Takeaway');
  const unknown = takeaways.filter(e => !resolve(e.spec?.conference)).length;
  const wrong = [
    ...conferences.values(),
    ...citing.flatMap(e => {
      const c = resolve(e.spec?.conference);
      return c ? [c] : [];
    }),
  ].filter(c => !expected.some(x => conferenceMatches(c, x)));
  const main = expected[0];
  const mainCited = (takeaways.length ? takeaways : citing).some(e => {
    const c = resolve(e.spec?.conference);
    return c !== undefined && conferenceMatches(c, main);
  });
  const mainFound =
    mainCited ||
    (!citing.length &&
      [...conferences.values()].some(c => conferenceMatches(c, main)));
  return {
    correct: mainFound && unknown === 0 && wrong.length === 0,
    found: [...conferences.values()].map(describeConference),
    wrong: [...new Set(wrong.map(describeConference))],
    takeawaysWithoutConference: unknown,
  };
}
