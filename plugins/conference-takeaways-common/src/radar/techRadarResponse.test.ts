import { TechRadarLoaderResponseParser } from '@backstage-community/plugin-tech-radar-common';
import { testDictionary as dictionary } from '../relevance/testDictionary';
import { parseOrgRadar } from './parseOrgRadar';
import { RadarItemIndex } from './RadarItemIndex';
import {
  itemEntities,
  radarData,
  serviceEntities,
  toolEntities,
} from './testData';
import {
  parseTechRadarResponse,
  toTechRadarResponse,
} from './techRadarResponse';
import { findToolUsers } from './toolUsers';
import { TechRadarResponse } from './types';

function buildResponse(): TechRadarResponse {
  return toTechRadarResponse(parseOrgRadar(radarData), {
    dictionary,
    items: new RadarItemIndex(itemEntities),
    users: findToolUsers(serviceEntities, { dictionary, toolEntities }),
  });
}

function entry(response: TechRadarResponse, id: string) {
  const found = response.entries.find(e => e.id === id);
  if (!found) {
    throw new Error(`no entry ${id}`);
  }
  return found;
}

describe('toTechRadarResponse', () => {
  it('is exactly the tech radar format: the community schema drops nothing', () => {
    const response = buildResponse();
    const json = JSON.parse(JSON.stringify(response));

    const parsed = TechRadarLoaderResponseParser.parse(json);

    // the schema strips unknown keys, so equality means there were none
    const withIsoDates = JSON.parse(JSON.stringify(parsed));
    const expected = {
      ...json,
      entries: json.entries.map((e: TechRadarResponse['entries'][number]) => ({
        ...e,
        timeline: e.timeline.map(t => ({
          ...t,
          date: new Date(t.date).toISOString(),
        })),
      })),
    };
    expect(withIsoDates).toEqual(expected);
  });

  it('leaves out inactive entries', () => {
    const ids = buildResponse().entries.map(e => e.id);

    expect(ids).toEqual(['linkerd', 'istio', 'otel']);
  });

  it('orders timelines newest first and drops our evidence field', () => {
    const otel = entry(buildResponse(), 'otel');

    expect(otel.timeline).toEqual([
      { date: '2022-06-13', ringId: 'adopt', moved: 1 },
      { date: '2021-03-15', ringId: 'trial', moved: 1 },
      { date: '2019-12-09', ringId: 'assess', moved: 0 },
    ]);
  });

  it('links each move to the evidence the caller can see', () => {
    const linkerd = entry(buildResponse(), 'linkerd');

    expect(linkerd.timeline[0].description).toBe(
      'Default mesh.\n\nEvidence: [Linkerd is the mesh people enjoy](/catalog/default/takeaway/linkerd-mesh-111111)',
    );
    expect(linkerd.timeline[1].description).toBe(
      'Evidence: [Linkerd at Scale](/catalog/default/talk/linkerd-at-scale-a1b2c3)',
    );
  });

  it("gives the dialog two links: the entry's own and the tool page with its count", () => {
    const linkerd = entry(buildResponse(), 'linkerd');

    // cited items and items about the tool: three (a takeaway that merely
    // mentions linkerd does not count)
    expect(linkerd.links).toEqual([
      { url: 'https://linkerd.io', title: 'Linkerd website' },
      {
        url: '/conference-takeaways/tools/linkerd',
        title: '3 takeaways and talks',
      },
    ]);
    // the evidence itself is linked in the move descriptions
    expect(linkerd.timeline[1].description).toContain('Linkerd at Scale');
  });

  it('says how many and which catalog entities use the tool', () => {
    const response = buildResponse();

    expect(entry(response, 'linkerd').description).toBe(
      'Our service mesh.\n\nUsed by 1 API and 2 components: [payments-http-api](/catalog/default/api/payments-http-api), [Fraud Scoring](/catalog/default/component/fraud-scoring), [Payments API](/catalog/default/component/payments-api).',
    );
    // no description of its own: the current move's, then the usage
    expect(entry(response, 'istio').description).toBe(
      'Linkerd chosen instead.\n\nUsed by 1 component: [Checkout](/catalog/default/component/checkout).',
    );
    // the entry id otel resolves to the opentelemetry tool
    expect(entry(response, 'otel').description).toBe(
      'Used by 1 component: [Fraud Scoring](/catalog/default/component/fraud-scoring).',
    );
  });

  it('says so when nothing in the catalog uses the tool', () => {
    const response = toTechRadarResponse(parseOrgRadar(radarData), {
      dictionary,
      items: new RadarItemIndex([]),
      users: new Map(),
    });

    expect(entry(response, 'istio').description).toContain(
      'Not used by any component, system or API in the catalog.',
    );
    expect(entry(response, 'linkerd').timeline[0].description).toBe(
      'Default mesh.',
    );
  });
});

describe('parseTechRadarResponse', () => {
  it('turns a /radar body into the tech radar loader response', () => {
    const body = JSON.parse(JSON.stringify(buildResponse()));

    const parsed = parseTechRadarResponse(body);

    expect(parsed.entries[0].timeline[0].date).toEqual(new Date('2020-02-10'));
    expect(parsed.rings.map(r => r.id)).toEqual([
      'adopt',
      'trial',
      'assess',
      'hold',
    ]);
  });

  it('rejects a body in another format', () => {
    expect(() =>
      parseTechRadarResponse({ quadrants: [], rings: [], entries: [{}] }),
    ).toThrow();
  });
});
