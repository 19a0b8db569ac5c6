import { testDictionary as dictionary } from '../relevance/testDictionary';
import { buildToolHub, evidenceSnippet } from './buildToolHub';
import { parseOrgRadar } from './parseOrgRadar';
import { RadarItemIndex } from './RadarItemIndex';
import { findTool } from './radarTools';
import {
  itemEntities,
  radarData,
  serviceEntities,
  toolEntities,
} from './testData';
import { findToolUsers } from './toolUsers';

const radar = parseOrgRadar(radarData);
const users = findToolUsers(serviceEntities, { dictionary, toolEntities });
const items = new RadarItemIndex(itemEntities);

function hubFor(name: string, options: { withRadar?: boolean } = {}) {
  const tool = findTool(name, dictionary, radar)!;
  return buildToolHub({
    tool,
    dictionary,
    radar: options.withRadar === false ? undefined : radar,
    items,
    users: users.get(tool.slug) ?? [],
  });
}

describe('buildToolHub', () => {
  it('shows the radar entry with its current ring and resolved evidence, newest first', () => {
    const hub = hubFor('linkerd');

    expect(hub.tool).toMatchObject({ slug: 'linkerd', name: 'Linkerd' });
    expect(hub.radar).toMatchObject({
      entryId: 'linkerd',
      active: true,
      quadrant: { id: 'infrastructure', name: 'Infrastructure' },
      ring: { id: 'adopt', name: 'ADOPT' },
    });
    const [adopt, assess] = hub.radar!.timeline;
    expect([adopt.date, assess.date]).toEqual(['2020-02-10', '2018-06-04']);
    expect(adopt.evidence).toEqual([
      {
        found: true,
        entityRef: 'takeaway:default/linkerd-mesh-111111',
        kind: 'Takeaway',
        title: 'Linkerd is the mesh people enjoy',
        path: '/catalog/default/takeaway/linkerd-mesh-111111',
        conference: {
          entityRef: 'conference:default/kubecon-eu-2022',
          title: 'KubeCon Europe 2022',
          year: 2022,
        },
        date: '2022-05-16',
        links: [],
      },
      { found: false, entityRef: 'takeaway:default/deleted-999999' },
    ]);
    expect(assess.evidence[0]).toMatchObject({
      found: true,
      entityRef: 'talk:default/linkerd-at-scale-a1b2c3',
      links: [
        { url: 'https://www.youtube.com/watch?v=example', title: 'Recording' },
      ],
    });
  });

  it('warns about evidence that is missing or no takeaway or talk ref', () => {
    const hub = hubFor('linkerd');

    expect(hub.warnings).toEqual([
      {
        type: 'missing-evidence',
        entityRef: 'takeaway:default/deleted-999999',
        message:
          'Radar entry "Linkerd", move of 2020-02-10: cites takeaway:default/deleted-999999, which does not exist or which you may not see',
      },
      {
        type: 'invalid-evidence',
        entityRef: 'not a ref',
        message:
          'Radar entry "Linkerd", move of 2018-06-04: evidence "not a ref" is not a takeaway or talk ref; write takeaway:default/<name> or talk:default/<name>',
      },
    ]);
  });

  it('warns when the entry is on hold while services use the tool', () => {
    const hub = hubFor('istio');

    expect(hub.warnings).toEqual([
      {
        type: 'hold-while-used',
        message:
          'Istio is on HOLD since 2020-02-10 while 1 service still uses it: Checkout',
      },
    ]);
  });

  it('lists who uses the tool and their teams', () => {
    const hub = hubFor('linkerd');

    expect(hub.usedBy.map(u => u.entityRef)).toEqual([
      'api:default/payments-http-api',
      'component:default/fraud-scoring',
      'component:default/payments-api',
    ]);
    expect(hub.teams.map(t => [t.entityRef, t.uses.length])).toEqual([
      ['group:default/payments-team', 2],
      ['group:default/risk-team', 1],
    ]);
  });

  it('lists every item about the tool, newest first, with the moves citing it', () => {
    const hub = hubFor('linkerd');

    expect(
      hub.items.map(i => [
        i.entityRef,
        i.conference?.year,
        i.subject,
        i.citedBy,
      ]),
    ).toEqual([
      ['takeaway:default/ebpf-arrives-333333', 2022, false, []],
      ['takeaway:default/linkerd-mesh-111111', 2022, true, ['2020-02-10']],
      // same conference: by title
      ['takeaway:default/linkerd-rewrite-222222', 2018, true, []],
      ['talk:default/linkerd-at-scale-a1b2c3', 2018, true, ['2018-06-04']],
    ]);
    expect(hub.items[1].summary).toBe(
      'About Linkerd is the mesh people enjoy.',
    );
  });

  it('suggests only uncited items whose subject is the tool, with a snippet', () => {
    const hub = hubFor('linkerd');

    expect(hub.suggestions).toEqual([
      {
        item: expect.objectContaining({
          entityRef: 'takeaway:default/linkerd-rewrite-222222',
        }),
        snippet: 'evidence:\n  - takeaway:default/linkerd-rewrite-222222\n',
      },
    ]);
  });

  it('shows a tool without a radar entry, with nothing to suggest', () => {
    const hub = hubFor('cilium');

    expect(hub.radar).toBeUndefined();
    expect(hub.items.map(i => i.entityRef)).toEqual([
      'takeaway:default/ebpf-arrives-333333',
    ]);
    expect(hub.suggestions).toEqual([]);
    expect(hub.warnings).toEqual([]);
  });

  it('passes on earlier warnings when the radar is not available', () => {
    const tool = findTool('linkerd', dictionary)!;
    const hub = buildToolHub({
      tool,
      dictionary,
      items,
      users: [],
      warnings: [{ type: 'radar-file', message: 'could not load' }],
    });

    expect(hub.radar).toBeUndefined();
    expect(hub.warnings).toEqual([
      { type: 'radar-file', message: 'could not load' },
    ]);
  });
});

describe('evidenceSnippet', () => {
  it('is a YAML evidence list naming the ref', () => {
    expect(evidenceSnippet('talk:default/a-b-c')).toBe(
      'evidence:\n  - talk:default/a-b-c\n',
    );
  });
});

describe('buildToolHub bounds', () => {
  const tool = findTool('linkerd', dictionary, radar)!;
  const build = (offset: number, limit: number, maxListed: number) =>
    buildToolHub({
      tool,
      dictionary,
      radar,
      items,
      users: users.get(tool.slug) ?? [],
      bounds: { offset, limit, maxListed },
    });

  it('pages the items, newest first, and says where the page sits', () => {
    const all = hubFor('linkerd').items.map(item => item.entityRef);
    expect(all.length).toBeGreaterThan(2);

    const first = build(0, 2, 10);
    const second = build(first.itemsPage.nextOffset!, 2, 10);

    expect(first.itemsPage).toEqual({
      offset: 0,
      limit: 2,
      total: all.length,
      nextOffset: 2,
    });
    expect(
      [...first.items, ...second.items].map(item => item.entityRef),
    ).toEqual(all.slice(0, 4));
    expect(build(all.length - 1, 2, 10).itemsPage.nextOffset).toBeUndefined();
  });

  it('lists at most maxListed users, teams, entities per team and suggestions, with totals', () => {
    const whole = hubFor('linkerd');
    const bounded = build(0, 1, 1);

    expect(whole.usedBy.length).toBeGreaterThan(1);
    expect(bounded.usedBy).toEqual(whole.usedBy.slice(0, 1));
    expect(bounded.usedByTotal).toBe(whole.usedBy.length);
    expect(bounded.teams).toHaveLength(1);
    expect(bounded.teams[0].uses).toHaveLength(1);
    expect(bounded.teams[0].usesTotal).toBe(whole.teams[0].uses.length);
    expect(bounded.teamsTotal).toBe(whole.teams.length);
    expect(bounded.suggestions).toEqual(whole.suggestions.slice(0, 1));
    expect(bounded.suggestionsTotal).toBe(whole.suggestions.length);
  });
});
