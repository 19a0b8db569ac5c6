import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { ageFactor } from './age';
import { describeRankedItems, rankCandidates, rankItems } from './rankItems';
import { testDictionary as dictionary } from './testDictionary';
import { ResolvedTool } from './types';

const NOW = new Date('2024-06-01T00:00:00Z');

function conference(name: string, year: number): ConferenceEntity {
  return {
    apiVersion: 'conference-takeaways.dev/v1alpha1',
    kind: 'Conference',
    metadata: { name, namespace: 'default', title: `KubeCon EU ${year}` },
    spec: { series: 'KubeCon + CloudNativeCon', year },
  };
}

const conferences = new Map(
  [
    conference('kubecon-eu-2018', 2018),
    conference('kubecon-eu-2022', 2022),
    conference('kubecon-eu-2024', 2024),
  ].map(c => [`conference:default/${c.metadata.name}`, c]),
);

function takeaway(
  name: string,
  spec: Partial<TakeawayEntity['spec']>,
): TakeawayEntity {
  return {
    apiVersion: 'conference-takeaways.dev/v1alpha1',
    kind: 'Takeaway',
    metadata: { name, namespace: 'default' },
    spec: {
      headline: name,
      summary: `About ${name}`,
      report: { title: 'Trip report' },
      conference: 'conference:default/kubecon-eu-2022',
      ...spec,
    },
  };
}

function talk(title: string, spec: Partial<TalkEntity['spec']>): TalkEntity {
  return {
    apiVersion: 'conference-takeaways.dev/v1alpha1',
    kind: 'Talk',
    metadata: {
      name: title.toLocaleLowerCase('en-US').replace(/[^a-z0-9]+/g, '-'),
      namespace: 'default',
    },
    spec: {
      title,
      speakers: ['Speaker One', 'Speaker Two'],
      conference: 'conference:default/kubecon-eu-2022',
      ...spec,
    },
  };
}

const tagged = (...slugs: string[]): ResolvedTool[] =>
  slugs.map(slug => ({
    slug,
    name: dictionary.get(slug)!.name,
    sources: [{ type: 'tag' }],
  }));

const rank = (
  tools: ResolvedTool[],
  items: Array<TakeawayEntity | TalkEntity>,
  extra: { limit?: number; talks?: Map<string, TalkEntity> } = {},
) => rankItems(tools, items, { conferences, now: NOW, dictionary, ...extra });

const texts = (item: { reasons: Array<{ text: string }> }) =>
  item.reasons.map(r => r.text);

describe('rankItems', () => {
  it('ranks a takeaway about a tool above one that mentions it', () => {
    const items = rank(tagged('linkerd'), [
      takeaway('mentions-linkerd', {
        tools: ['cilium', 'linkerd'],
        subjectTools: ['cilium'],
      }),
      takeaway('about-linkerd', {
        tools: ['linkerd'],
        subjectTools: ['linkerd'],
      }),
    ]);

    expect(items.map(i => i.title)).toEqual([
      'about-linkerd',
      'mentions-linkerd',
    ]);
    expect(texts(items[0])).toEqual([
      'uses linkerd (tag)',
      'linkerd is the subject of this takeaway',
    ]);
    expect(texts(items[1])).toEqual(['uses linkerd (tag)', 'mentions linkerd']);
    expect(items[0].score).toBeGreaterThan(items[1].score);
  });

  it('treats tools in a talk title as its subject', () => {
    const items = rank(tagged('linkerd'), [
      talk('Service meshes compared', { tools: ['istio', 'linkerd'] }),
      talk('Linkerd at scale', {
        tools: ['linkerd'],
        recordingUrl: 'https://www.youtube.com/watch?v=x',
        slidesUrl: 'ftp://example.com/slides.pdf',
      }),
    ]);

    expect(items.map(i => i.title)).toEqual([
      'Linkerd at scale',
      'Service meshes compared',
    ]);
    expect(texts(items[0])).toContain('linkerd is the subject of this talk');
    expect(texts(items[1])).toContain('covers linkerd');
    expect(items[0]).toMatchObject({
      kind: 'Talk',
      entityRef: 'talk:default/linkerd-at-scale',
      summary: 'Speaker One, Speaker Two',
      links: [{ url: 'https://www.youtube.com/watch?v=x', title: 'Recording' }],
    });
  });

  it('rewards touching more of the entity tools', () => {
    const items = rank(tagged('linkerd', 'opentelemetry'), [
      takeaway('one-tool', { tools: ['linkerd'], subjectTools: ['linkerd'] }),
      takeaway('two-tools', {
        tools: ['linkerd', 'opentelemetry'],
        subjectTools: ['linkerd'],
      }),
    ]);

    expect(items.map(i => i.title)).toEqual(['two-tools', 'one-tool']);
    expect(texts(items[0])).toEqual([
      'uses linkerd (tag)',
      'linkerd is the subject of this takeaway',
      'uses opentelemetry (tag)',
      'mentions opentelemetry',
      'touches 2 of your tools',
    ]);
    expect(texts(items[1])).not.toContain('touches 1 of your tools');
  });

  it('counts ubiquitous tools for little', () => {
    const items = rank(tagged('kubernetes', 'linkerd'), [
      takeaway('about-kubernetes', {
        tools: ['kubernetes'],
        subjectTools: ['kubernetes'],
      }),
      takeaway('mentions-linkerd', {
        tools: ['istio', 'linkerd'],
        subjectTools: ['istio'],
      }),
    ]);

    expect(items.map(i => i.title)).toEqual([
      'mentions-linkerd',
      'about-kubernetes',
    ]);
    expect(texts(items[1])).toContain(
      'kubernetes is the subject of this takeaway (used almost everywhere, so it counts little)',
    );
  });

  it('ranks older items lower but keeps them', () => {
    const items = rank(tagged('linkerd'), [
      takeaway('from-2018', {
        tools: ['linkerd'],
        subjectTools: ['linkerd'],
        conference: 'conference:default/kubecon-eu-2018',
      }),
      takeaway('from-2022', {
        tools: ['linkerd'],
        subjectTools: ['linkerd'],
        conference: 'conference:default/kubecon-eu-2022',
      }),
    ]);

    expect(items.map(i => i.title)).toEqual(['from-2022', 'from-2018']);
    expect(items[1].score).toBeGreaterThan(0);
    expect(items[1].score).toBeLessThan(items[0].score);
    expect(texts(items[1])).toContain('from 2018 — may be dated');
    expect(texts(items[0])).not.toContain('from 2022 — may be dated');
    expect(items[1].conference).toEqual({
      entityRef: 'conference:default/kubecon-eu-2018',
      title: 'KubeCon EU 2018',
      year: 2018,
    });
  });

  it('uses the report date when the conference is unknown', () => {
    const [item] = rank(tagged('linkerd'), [
      takeaway('unknown-conference', {
        tools: ['linkerd'],
        conference: 'conference:default/kubecon-na-2017',
        report: { title: 'Old report', date: '2017-12-20' },
      }),
    ]);

    expect(texts(item)).toContain('from 2017 — may be dated');
    expect(item.conference).toEqual({
      entityRef: 'conference:default/kubecon-na-2017',
      title: 'kubecon-na-2017',
    });
  });

  it('halves the age factor every three years, down to a floor', () => {
    const yearsAgo = (years: number) =>
      new Date(NOW.getTime() - years * 365.25 * 864e5);

    expect(ageFactor(yearsAgo(0), NOW)).toBe(1);
    expect(ageFactor(yearsAgo(3), NOW)).toBeCloseTo(0.5);
    expect(ageFactor(yearsAgo(5), NOW)).toBeCloseTo(0.315, 3);
    expect(ageFactor(yearsAgo(20), NOW)).toBe(0.25);
    expect(ageFactor(new Date('2030-01-01'), NOW)).toBe(1);
  });

  it('breaks ties by date, then by title', () => {
    const same = { tools: ['linkerd'], subjectTools: ['linkerd'] };
    const items = rank(tagged('linkerd'), [
      takeaway('b-2022', same),
      takeaway('a-2022', same),
      takeaway('c-2024', {
        ...same,
        conference: 'conference:default/kubecon-eu-2024',
      }),
    ]);

    expect(items.map(i => i.title)).toEqual(['c-2024', 'a-2022', 'b-2022']);
  });

  it('is deterministic whatever the input order', () => {
    const candidates = [
      takeaway('x', { tools: ['linkerd', 'cilium'], subjectTools: ['cilium'] }),
      talk('Cilium and Linkerd', { tools: ['cilium', 'linkerd'] }),
      takeaway('y', { tools: ['cilium'], subjectTools: ['cilium'] }),
      takeaway('z', { tools: ['linkerd'] }),
    ];
    const tools = tagged('linkerd', 'cilium');

    expect(rank(tools, [...candidates].reverse())).toEqual(
      rank(tools, candidates),
    );
  });

  it('names the dependency or owned component behind a tool', () => {
    const tools: ResolvedTool[] = [
      {
        slug: 'cilium',
        name: 'Cilium',
        sources: [
          { type: 'dependency', entityRef: 'resource:default/payments-db' },
          { type: 'owned-component', entityRef: 'component:default/ledger' },
        ],
      },
    ];
    const [item] = rank(tools, [takeaway('ebpf', { tools: ['cilium'] })]);

    expect(item.reasons[0]).toEqual({
      type: 'uses-tool',
      tool: 'cilium',
      text: 'uses cilium (dependency payments-db, owned component ledger)',
    });
  });

  it('resolves aliases in item tools and attaches cited talks', () => {
    const linkerdTalk = talk('Linkerd deep dive', { tools: ['linkerd'] });
    const [item] = rank(
      tagged('opentelemetry'),
      [
        takeaway('tracing', {
          tools: ['OTel'],
          talks: ['talk:linkerd-deep-dive', 'talk:default/missing'],
        }),
      ],
      {
        talks: new Map([['talk:default/linkerd-deep-dive', linkerdTalk]]),
      },
    );

    expect(texts(item)).toContain('mentions opentelemetry');
    expect(item.talks).toEqual([
      {
        entityRef: 'talk:default/linkerd-deep-dive',
        title: 'Linkerd deep dive',
        speakers: ['Speaker One', 'Speaker Two'],
        recordingUrl: undefined,
        slidesUrl: undefined,
      },
    ]);
  });

  it('drops items sharing no tool and applies the limit', () => {
    const candidates = [
      takeaway('istio-only', { tools: ['istio'] }),
      takeaway('linkerd-1', { tools: ['linkerd'] }),
      takeaway('linkerd-2', { tools: ['linkerd'] }),
    ];

    expect(rank(tagged('linkerd'), candidates).map(i => i.title)).toEqual([
      'linkerd-1',
      'linkerd-2',
    ]);
    expect(rank(tagged('linkerd'), candidates, { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing when the entity has no tools', () => {
    expect(rank([], [takeaway('linkerd', { tools: ['linkerd'] })])).toEqual([]);
  });
});

describe('rankCandidates and describeRankedItems', () => {
  const linkerdTalk = talk('Linkerd at scale', {
    tools: ['linkerd'],
    recordingUrl: 'https://www.youtube.com/watch?v=x',
  });
  const candidates = [
    takeaway('mesh-2018', {
      tools: ['linkerd', 'kubernetes'],
      subjectTools: ['linkerd'],
      conference: 'conference:default/kubecon-eu-2018',
      talks: ['talk:default/linkerd-at-scale'],
    }),
    linkerdTalk,
    takeaway('k8s-2024', {
      tools: ['kubernetes', 'linkerd', 'cilium'],
      subjectTools: ['kubernetes'],
      conference: 'conference:default/kubecon-eu-2024',
    }),
    talk('Cilium and Linkerd side by side', { tools: ['cilium', 'linkerd'] }),
    takeaway('undated', {
      tools: ['OTel', 'linkerd'],
      conference: 'conference:default/unknown',
      report: { title: 'Notes' },
    }),
    takeaway('otel-2022', { tools: ['opentelemetry'] }),
    takeaway('istio-only', { tools: ['istio'] }),
  ];
  const tools = tagged('linkerd', 'kubernetes', 'opentelemetry', 'cilium');
  const talks = new Map([['talk:default/linkerd-at-scale', linkerdTalk]]);

  /** What ranking reads, as a catalog query with those fields returns it. */
  const rankingFieldsOf = (
    item: TakeawayEntity | TalkEntity,
  ): TakeawayEntity | TalkEntity => {
    const spec: Record<string, unknown> = {
      headline: (item.spec as { headline?: string }).headline,
      title: (item.spec as { title?: string }).title,
      tools: item.spec.tools,
      subjectTools: (item.spec as { subjectTools?: string[] }).subjectTools,
      conference: item.spec.conference,
      talks: (item.spec as { talks?: string[] }).talks,
    };
    const date = (item.spec as { report?: { date?: string } }).report?.date;
    if (date) {
      spec.report = { date };
    }
    return {
      kind: item.kind,
      metadata: { name: item.metadata.name, namespace: 'default' },
      spec: JSON.parse(JSON.stringify(spec)),
    } as TakeawayEntity | TalkEntity;
  };

  it('gives what rankItems gives, ranking on the ranking fields only', () => {
    for (const limit of [undefined, 1, 3, 100]) {
      const ranked = rankCandidates(tools, candidates.map(rankingFieldsOf), {
        conferences,
        now: NOW,
        dictionary,
        limit,
      });
      const items = describeRankedItems(ranked, {
        conferences,
        talks,
        entities: candidates,
      });

      expect(items).toEqual(rank(tools, candidates, { limit, talks }));
    }
    // talks dated by their 2022 conference; both name linkerd in the title
    expect(rank(tools, candidates).map(i => i.title)).toEqual([
      'Cilium and Linkerd side by side',
      'Linkerd at scale',
      'k8s-2024',
      'mesh-2018',
      'otel-2022',
      'undated',
    ]);
  });

  it('keeps the best items whatever the input order', () => {
    const best = (input: Array<TakeawayEntity | TalkEntity>) =>
      rankCandidates(tools, input, {
        conferences,
        now: NOW,
        dictionary,
        limit: 2,
      }).map(r => r.entityRef);

    expect(best([...candidates].reverse())).toEqual(best(candidates));
    expect(best(candidates)).toEqual([
      'talk:default/cilium-and-linkerd-side-by-side',
      'talk:default/linkerd-at-scale',
    ]);
  });

  it('ranks a repeated candidate once, as first given', () => {
    const first = takeaway('twice', { tools: ['linkerd'] });
    const again = takeaway('twice', {
      tools: ['linkerd'],
      subjectTools: ['linkerd'],
    });

    const ranked = rankCandidates(tagged('linkerd'), [first, again], {
      conferences,
      now: NOW,
      dictionary,
    });

    expect(ranked).toHaveLength(1);
    expect(ranked[0].reasons.map(r => r.text)).toContain('mentions linkerd');
  });

  it('describes an item from its candidate when its entity is missing', () => {
    const ranked = rankCandidates(
      tagged('kubernetes'),
      candidates.map(rankingFieldsOf),
      { conferences, now: NOW, dictionary, limit: 1 },
    );

    const [item] = describeRankedItems(ranked, { conferences, entities: [] });

    expect(item).toEqual({
      entityRef: 'takeaway:default/k8s-2024',
      kind: 'Takeaway',
      title: 'k8s-2024',
      summary: undefined,
      conference: {
        entityRef: 'conference:default/kubecon-eu-2024',
        title: 'KubeCon EU 2024',
        year: 2024,
      },
      tools: ['kubernetes', 'linkerd', 'cilium'],
      talks: [],
      score: ranked[0].score,
      reasons: ranked[0].reasons,
    });
    expect(texts(item)).toContain(
      'kubernetes is the subject of this takeaway (used almost everywhere, so it counts little)',
    );
  });
});
