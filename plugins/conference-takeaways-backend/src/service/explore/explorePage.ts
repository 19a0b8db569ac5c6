import {
  ExploreFacets,
  ExploreMatch,
  ExploreTrends,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ExploreRequest } from './parseExploreQuery';
import {
  conferenceTitle,
  ExploreCatalog,
  ExploreRecord,
} from './exploreRecords';
import { matchRecord, queryWords } from './matchText';

/** Series in the trends when the request names none. */
export const DEFAULT_TREND_SERIES = 8;
/** Most entries per facet list; the rest have the smallest counts. */
export const MAX_FACET_ENTRIES = 200;

export interface ExplorePage {
  total: number;
  /** The page's records with why each matched the text query. */
  rows: { record: ExploreRecord; match?: ExploreMatch }[];
  facets: ExploreFacets;
  trends: ExploreTrends;
}

type Dimension = 'tool' | 'conference' | 'year';

/** The filters of a request as predicates, so a facet can leave its own out. */
function filtersOf(request: ExploreRequest) {
  const words = request.q ? queryWords(request.q) : [];
  const phrase = (request.q ?? '').toLocaleLowerCase('en-US');
  const tools = new Set(request.tools);
  const matches = new Map<ExploreRecord, ExploreMatch | undefined>();
  const textMatch = (r: ExploreRecord) => {
    if (words.length === 0) {
      return true;
    }
    if (!matches.has(r)) {
      matches.set(r, matchRecord(r, words, phrase));
    }
    return matches.get(r) !== undefined;
  };
  const passes = (r: ExploreRecord, except?: Dimension) =>
    (except === 'tool' ||
      tools.size === 0 ||
      r.tools.some(t => tools.has(t))) &&
    (except === 'conference' ||
      request.conference === undefined ||
      (r.kind === 'Conference' ? r.ref : r.conferenceRef) ===
        request.conference) &&
    (except === 'year' ||
      request.year === undefined ||
      r.year === request.year) &&
    textMatch(r);
  return { passes, match: (r: ExploreRecord) => matches.get(r) };
}

function countBy<K>(records: ExploreRecord[], keys: (r: ExploreRecord) => K[]) {
  const counts = new Map<K, number>();
  for (const record of records) {
    for (const key of new Set(keys(record))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

const byCount = <T extends { count: number }>(
  entries: T[],
  label: (t: T) => string,
) =>
  entries
    .sort((a, b) => b.count - a.count || label(a).localeCompare(label(b)))
    .slice(0, MAX_FACET_ENTRIES);

function facetsOf(
  records: ExploreRecord[],
  passes: (r: ExploreRecord, except?: Dimension) => boolean,
  catalog: ExploreCatalog,
  dictionary: ToolLookup,
): ExploreFacets {
  const tools = countBy(
    records.filter(r => passes(r, 'tool')),
    r => r.tools,
  );
  const conferences = countBy(
    records.filter(r => passes(r, 'conference')),
    r =>
      [r.kind === 'Conference' ? r.ref : r.conferenceRef].filter(
        (ref): ref is string => ref !== undefined,
      ),
  );
  const years = countBy(
    records.filter(r => passes(r, 'year')),
    r => (r.year === undefined ? [] : [r.year]),
  );
  return {
    tools: byCount(
      [...tools].map(([slug, count]) => ({
        slug,
        name: dictionary.get(slug)?.name ?? slug,
        count,
      })),
      t => t.name,
    ),
    conferences: byCount(
      [...conferences].flatMap(([entityRef, count]) => {
        const conference = catalog.conferences.get(entityRef);
        return conference
          ? [
              {
                entityRef,
                title: conferenceTitle(conference),
                ...(typeof conference.spec?.year === 'number' && {
                  year: conference.spec.year,
                }),
                count,
              },
            ]
          : [];
      }),
      c => c.title,
    ),
    years: [...years]
      .map(([year, count]) => ({ year, count }))
      .sort((a, b) => b.year - a.year),
  };
}

function trendsOf(
  takeaways: ExploreRecord[],
  trendTools: string[] | undefined,
  dictionary: ToolLookup,
): ExploreTrends {
  const dated = takeaways.filter(r => r.year !== undefined);
  if (dated.length === 0) {
    return { years: [], series: [] };
  }
  const slugs =
    trendTools ??
    [...countBy(dated, r => r.tools)]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, DEFAULT_TREND_SERIES)
      .map(([slug]) => slug);
  const present = dated.map(r => r.year!);
  const first = Math.min(...present);
  const years = Array.from(
    { length: Math.max(...present) - first + 1 },
    (_, i) => first + i,
  );
  return {
    years,
    series: slugs.map(slug => {
      const counts = years.map(() => 0);
      for (const record of dated) {
        if (record.tools.includes(slug)) {
          counts[record.year! - first] += 1;
        }
      }
      return { slug, name: dictionary.get(slug)?.name ?? slug, counts };
    }),
  };
}

/**
 * One explorer page computed from the records: the filtered total, the
 * page's rows, facet counts (each facet with every filter but its own, so
 * the other choices stay visible) and takeaways per tool per year within
 * the filter. `visible` says which records the caller may see; none other
 * is counted.
 */
export function explorePage(
  catalog: ExploreCatalog,
  request: ExploreRequest,
  dictionary: ToolLookup,
  visible: (ref: string) => boolean,
): ExplorePage {
  const { passes, match } = filtersOf(request);
  const records = catalog[request.kind].filter(r => visible(r.ref));
  const filtered = records.filter(r => passes(r));
  const takeaways =
    request.kind === 'takeaway'
      ? filtered
      : catalog.takeaway.filter(r => visible(r.ref) && passes(r));
  return {
    total: filtered.length,
    rows: filtered
      .slice(request.offset, request.offset + request.limit)
      .map(record => ({ record, match: match(record) })),
    facets: facetsOf(records, passes, catalog, dictionary),
    trends: trendsOf(takeaways, request.trendTools, dictionary),
  };
}
