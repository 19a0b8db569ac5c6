import {
  describeItemAges,
  explainRelevance,
  withoutCitedTalks,
} from './explainRelevance';
import { RelevantItem, ResolvedTool } from './types';

const tools: ResolvedTool[] = [
  { slug: 'linkerd', name: 'Linkerd', sources: [{ type: 'tag' }] },
  {
    slug: 'opentelemetry',
    name: 'OpenTelemetry',
    sources: [
      { type: 'dependency', entityRef: 'resource:default/otel-collector' },
    ],
  },
  {
    slug: 'argo-cd',
    name: 'Argo CD',
    sources: [
      {
        type: 'owned-component',
        entityRef: 'component:default/checkout',
        title: 'Checkout Service',
      },
    ],
  },
];

function item(
  entityRef: string,
  kind: RelevantItem['kind'],
  reasons: RelevantItem['reasons'],
  talks?: string[],
): RelevantItem {
  return {
    entityRef,
    kind,
    title: entityRef,
    tools: [],
    score: 0.5,
    reasons,
    talks: talks?.map(ref => ({ entityRef: ref, title: ref, speakers: [] })),
  };
}

describe('explainRelevance', () => {
  const options = { entityName: 'Payments API', tools };

  it('names the subject tool by its display name and how the entity uses it', () => {
    const explanation = explainRelevance(
      item('takeaway:default/a', 'Takeaway', [
        { type: 'uses-tool', tool: 'linkerd', text: 'uses linkerd (tag)' },
        { type: 'subject', tool: 'linkerd', text: 'linkerd is the subject' },
      ]),
      options,
    );
    expect(explanation.line).toBe('About Linkerd — Payments API uses it (tag)');
    expect(explanation.details).toEqual([
      'Linkerd is what this takeaway is about; Payments API uses it (tag).',
    ]);
  });

  it('counts further shared tools in the line and lists them in the details', () => {
    const explanation = explainRelevance(
      item('talk:default/b', 'Talk', [
        {
          type: 'mention',
          tool: 'opentelemetry',
          text: 'covers opentelemetry',
        },
        { type: 'mention', tool: 'argo-cd', text: 'covers argo-cd' },
        { type: 'breadth', text: 'touches 2 of your tools' },
        { type: 'age', text: 'from 2019 — may be dated' },
      ]),
      options,
    );
    expect(explanation.line).toBe(
      'Covers OpenTelemetry — Payments API depends on otel-collector, which uses it (+1 more of your tools)',
    );
    expect(explanation.details).toEqual([
      'This talk covers OpenTelemetry; Payments API depends on otel-collector, which uses it.',
      // titled entities by their titles, others by their names
      'This talk covers Argo CD; its component Checkout Service uses it.',
      'It is from 2019, so it ranks lower than newer items.',
    ]);
  });

  it('does not name the tool twice when the dependency is its own record', () => {
    const explanation = explainRelevance(
      item('takeaway:default/k', 'Takeaway', [
        { type: 'subject', tool: 'kafka', text: 'about kafka' },
      ]),
      {
        entityName: 'Payments API',
        tools: [
          {
            slug: 'kafka',
            name: 'Apache Kafka',
            sources: [
              {
                type: 'dependency',
                entityRef: 'resource:default/kafka',
                title: 'Apache Kafka',
              },
            ],
          },
        ],
      },
    );
    expect(explanation.line).toBe(
      'About Apache Kafka — Payments API depends on it',
    );
  });

  it('falls back to the slug for a tool the response does not describe', () => {
    const explanation = explainRelevance(
      item('takeaway:default/c', 'Takeaway', [
        { type: 'mention', tool: 'cilium', text: 'mentions cilium' },
      ]),
      options,
    );
    expect(explanation.line).toBe('Mentions cilium — Payments API uses it');
  });

  it('still says something when an item carries no tool reason', () => {
    expect(
      explainRelevance(item('takeaway:default/d', 'Takeaway', []), options)
        .line,
    ).toBe('Shares tools with Payments API');
  });
});

describe('describeItemAges', () => {
  const dated = (ref: string, year: number) =>
    item(ref, 'Takeaway', [
      { type: 'age', text: `from ${year} — may be dated` },
    ]);

  it('says the age once when every item is dated', () => {
    const ages = describeItemAges([dated('a', 2021), dated('b', 2022)]);
    expect(ages.note).toBe(
      'Everything here is from 2022 or earlier, so check what has changed since.',
    );
    expect(ages.perItem.size).toBe(0);
  });

  it('marks only the dated items when the age tells them apart', () => {
    const ages = describeItemAges([
      item('new', 'Takeaway', []),
      dated('old', 2019),
    ]);
    expect(ages.note).toBeUndefined();
    expect([...ages.perItem]).toEqual([['old', 'from 2019, may be dated']]);
  });

  it('says nothing about an empty list', () => {
    expect(describeItemAges([])).toEqual({ perItem: new Map() });
  });
});

describe('withoutCitedTalks', () => {
  it('leaves out a talk that a shown takeaway cites, wherever it ranked', () => {
    const items = [
      item('talk:default/t1', 'Talk', []),
      item('takeaway:default/a', 'Takeaway', [], ['talk:default/t1']),
      item('talk:default/t2', 'Talk', []),
      item('takeaway:default/b', 'Takeaway', [], ['talk:default/t2']),
    ];
    expect(withoutCitedTalks(items).map(i => i.entityRef)).toEqual([
      'takeaway:default/a',
      'takeaway:default/b',
    ]);
  });

  it('fills the limit from further items after dropping duplicates', () => {
    const items = [
      item('takeaway:default/a', 'Takeaway', [], ['talk:default/t1']),
      item('talk:default/t1', 'Talk', []),
      item('talk:default/t2', 'Talk', []),
      item('takeaway:default/b', 'Takeaway', []),
    ];
    expect(withoutCitedTalks(items, 2).map(i => i.entityRef)).toEqual([
      'takeaway:default/a',
      'talk:default/t2',
    ]);
  });
});
