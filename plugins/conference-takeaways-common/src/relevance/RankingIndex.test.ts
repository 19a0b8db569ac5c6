import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { rankCandidates } from './rankItems';
import { RankingIndex } from './RankingIndex';
import { testDictionary as dictionary } from './testDictionary';
import { ResolvedTool } from './types';

// Old enough that undated items (age factor 0.5) rank among dated ones.
const NOW = new Date('2026-06-01T00:00:00Z');
const API_VERSION = 'conference-takeaways.dev/v1alpha1';

/** A small seeded generator (mulberry32), so every run sees the same catalog. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(
      Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)),
    ),
  ];
  return { next, pick, some };
}

const SLUGS = ['kubernetes', 'linkerd', 'istio', 'cilium', 'opentelemetry'];
/** Names as reports write them: slugs, aliases, other casing, unknown tools. */
const NAMES = [...SLUGS, 'argo-cd', 'K8s', 'OTel', 'ArgoCD', 'Cilium', 'nomad'];

const conferences = new Map<string, ConferenceEntity>(
  [2016, 2019, 2021, 2022, 2023, 2024, 2025].map(year => [
    `conference:default/kubecon-${year}`,
    {
      apiVersion: API_VERSION,
      kind: 'Conference',
      metadata: { name: `kubecon-${year}`, namespace: 'default' },
      // one conference known by its year only
      spec:
        year === 2021
          ? { series: 'KubeCon', year }
          : { series: 'KubeCon', year, startDate: `${year}-04-1${year % 10}` },
    },
  ]),
);

/**
 * Takeaways and talks with few distinct titles and dates, so many scores tie
 * and the order falls to date, title and ref; some dated only by their
 * report, some not at all, some with tools given oddly.
 */
function generateItems(count: number): Array<TakeawayEntity | TalkEntity> {
  const random = seeded(20220516);
  const conferenceRefs = [...conferences.keys()];
  return Array.from({ length: count }, (_, i) => {
    const tools = random.some(NAMES, 4);
    const where = random.next();
    const conference =
      where < 0.8 ? random.pick(conferenceRefs) : 'conference:default/unknown';
    if (random.next() < 0.3) {
      const [a, b = a] = tools;
      return {
        apiVersion: API_VERSION,
        kind: 'Talk',
        metadata: { name: `talk-${i}`, namespace: 'default' },
        spec: {
          title: random.pick([`${a} at scale`, `${a} and ${b}`, 'Keynote']),
          speakers: ['Speaker'],
          conference,
          tools,
        },
      } as TalkEntity;
    }
    return {
      apiVersion: API_VERSION,
      kind: 'Takeaway',
      metadata: { name: `takeaway-${i}`, namespace: 'default' },
      spec: {
        headline: random.pick(['Lesson', 'Upgrade notes', 'Day two']),
        summary: 'Summary',
        report: {
          title: 'Trip report',
          ...(where > 0.9 ? {} : { date: random.pick(['2020-03-01', 'x']) }),
        },
        conference,
        // a number among the names, as a hand-written descriptor might have
        tools:
          random.next() < 0.05 ? [...tools, 42 as unknown as string] : tools,
        subjectTools: random.some(NAMES, 2),
      },
    } as TakeawayEntity;
  });
}

function entityTools(slugs: string[]): ResolvedTool[] {
  return slugs.map(slug => ({
    slug,
    name: slug,
    sources: [{ type: 'dependency', entityRef: 'component:default/db' }],
  }));
}

/** What the index draws candidates from: items whose spec.tools name a slug. */
function naming(items: Array<TakeawayEntity | TalkEntity>, slugs: string[]) {
  return items.filter(
    item =>
      Array.isArray(item.spec.tools) &&
      item.spec.tools.some(tool => slugs.includes(tool)),
  );
}

describe('RankingIndex', () => {
  const items = generateItems(800);
  const index = new RankingIndex(items, { conferences, dictionary });

  it('ranks as rankCandidates does over the items naming the tools', () => {
    const random = seeded(7);
    let nonEmpty = 0;
    for (let round = 0; round < 150; round++) {
      const slugs = random.some([...SLUGS, 'argo-cd', 'nomad'], 4);
      const tools = entityTools(slugs);
      for (const limit of [1, 3, 10, undefined]) {
        const expected = rankCandidates(tools, naming(items, slugs), {
          conferences,
          now: NOW,
          dictionary,
          limit,
        });

        expect(index.rank(tools, { now: NOW, limit })).toEqual(expected);
        nonEmpty += expected.length > 0 ? 1 : 0;
      }
    }
    // the comparison is not between empty lists
    expect(nonEmpty).toBeGreaterThan(500);
  });

  it('ranks the same whatever order the items come in', () => {
    const reversed = new RankingIndex([...items].reverse(), {
      conferences,
      dictionary,
    });
    const tools = entityTools(['linkerd', 'kubernetes']);

    expect(reversed.rank(tools, { now: NOW, limit: 10 })).toEqual(
      index.rank(tools, { now: NOW, limit: 10 }),
    );
  });

  it('keeps a repeated ref once, as first given', () => {
    const twice = (spec: Partial<TakeawayEntity['spec']>): TakeawayEntity => ({
      apiVersion: API_VERSION,
      kind: 'Takeaway',
      metadata: { name: 'twice', namespace: 'default' },
      spec: {
        headline: 'Twice',
        summary: 'Summary',
        report: { title: 'Trip report' },
        tools: ['linkerd'],
        ...spec,
      },
    });
    const repeated = new RankingIndex(
      [twice({}), twice({ subjectTools: ['linkerd'] })],
      { conferences, dictionary },
    );

    const ranked = repeated.rank(entityTools(['linkerd']), { now: NOW });

    expect(ranked).toHaveLength(1);
    expect(ranked[0].reasons.map(r => r.text)).toContain('mentions linkerd');
  });

  it('ranks nothing without tools, with limit 0 or for an unknown tool', () => {
    expect(index.rank([], { now: NOW })).toEqual([]);
    expect(
      index.rank(entityTools(['linkerd']), { now: NOW, limit: 0 }),
    ).toEqual([]);
    expect(index.rank(entityTools(['unheard-of']), { now: NOW })).toEqual([]);
  });

  it('skips entities that are neither takeaways nor talks', () => {
    const conference = [...conferences.values()][0];
    const mixed = new RankingIndex(
      [conference as unknown as TakeawayEntity, ...items.slice(0, 20)],
      { conferences, dictionary },
    );
    const tools = entityTools(SLUGS);

    expect(mixed.rank(tools, { now: NOW })).toEqual(
      rankCandidates(tools, naming(items.slice(0, 20), SLUGS), {
        conferences,
        now: NOW,
        dictionary,
      }),
    );
  });
});
