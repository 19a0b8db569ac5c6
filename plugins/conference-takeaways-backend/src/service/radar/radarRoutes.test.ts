import {
  createMockDirectory,
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  parseTechRadarResponse,
  RadarHistoryResponse,
  TechRadarResponse,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import express from 'express';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { allEntities } from '../__fixtures__/catalogEntities';
import { testDictionary } from '../__fixtures__/testDictionary';
import { createRouter } from '../router';
import { RadarSource } from './RadarSource';

const RADAR_YAML = fs.readFileSync(
  path.resolve(__dirname, '../__fixtures__/radar.yaml'),
  'utf8',
);

const mockDir = createMockDirectory();

async function createApp(
  options: { location?: string; files?: Record<string, string> } = {},
) {
  mockDir.setContent(options.files ?? { 'radar.yaml': RADAR_YAML });
  const catalog = catalogServiceMock({ entities: allEntities });
  const spies = {
    getEntityByRef: jest.spyOn(catalog, 'getEntityByRef'),
    getEntities: jest.spyOn(catalog, 'getEntities'),
    getEntitiesByRefs: jest.spyOn(catalog, 'getEntitiesByRefs'),
    queryEntities: jest.spyOn(catalog, 'queryEntities'),
  };
  const logger = mockServices.logger.mock();
  const location = 'location' in options ? options.location : 'radar.yaml';
  const radar = RadarSource.fromConfig(
    new ConfigReader({
      conferenceTakeaways: location ? { radar: { location } } : {},
    }),
    {
      urlReader: mockServices.urlReader.mock(),
      logger,
      workingDirectory: mockDir.path,
    },
  );
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog,
    dictionary: testDictionary,
    radar,
    logger,
  });
  const app = express().use(router).use(mockErrorHandler());
  return { app, spies, logger };
}

function entryOf(body: TechRadarResponse, id: string) {
  const entry = body.entries.find(e => e.id === id);
  if (!entry) {
    throw new Error(`no entry ${id} in the response`);
  }
  return entry;
}

describe('GET /radar', () => {
  it('answers in exactly the tech radar format, as its schema parses it', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/radar');

    expect(res.status).toBe(200);
    const parsed = parseTechRadarResponse(res.body);
    // the schema drops unknown fields: equal means there were none
    const reserialised = JSON.parse(JSON.stringify(parsed));
    for (const entry of reserialised.entries) {
      for (const snapshot of entry.timeline) {
        snapshot.date = snapshot.date.slice(0, 10);
      }
    }
    expect(reserialised).toEqual(res.body);
    expect(parsed.entries[0].timeline[0].date).toBeInstanceOf(Date);
  });

  it('orders timelines newest first, whatever the file order', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/radar');

    const linkerd = entryOf(res.body, 'linkerd');
    expect(linkerd.timeline.map(t => [t.date, t.ringId])).toEqual([
      ['2022-06-01', 'adopt'],
      ['2019-03-01', 'trial'],
      ['2018-05-10', 'assess'],
    ]);
  });

  it('leaves inactive entries off the radar', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/radar');

    expect(res.body.entries.map((e: { id: string }) => e.id)).toEqual([
      'linkerd',
      'istio',
      'cilium',
    ]);
  });

  it('links entries to the takeaways and talks behind them', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/radar');

    const linkerd = entryOf(res.body, 'linkerd');
    // the dialog's two buttons: the entry's own link and the tool page
    expect(linkerd.links).toEqual([
      { url: 'https://linkerd.io', title: 'Linkerd website' },
      {
        url: '/conference-takeaways/tools/linkerd',
        title: '3 takeaways and talks',
      },
    ]);
    expect(linkerd.timeline[0].description).toBe(
      'Default mesh.\n\nEvidence: [Linkerd is the service mesh people enjoy running](/catalog/default/takeaway/linkerd-mesh-people-enjoy-111111)',
    );
    expect(entryOf(res.body, 'cilium').links).toEqual([
      {
        url: '/conference-takeaways/tools/cilium',
        title: '1 takeaway or talk',
      },
    ]);
  });

  it('says which services use each tool: by tag, annotation or dependency', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/radar');

    expect(entryOf(res.body, 'linkerd').description).toBe(
      'Our service mesh.\n\nUsed by 1 component: [payments](/catalog/default/component/payments).',
    );
    expect(entryOf(res.body, 'istio').description).toBe(
      'Linkerd chosen instead.\n\nUsed by 1 component: [Checkout](/catalog/default/component/checkout).',
    );
    expect(entryOf(res.body, 'cilium').description).toBe(
      'Used by 1 component: [ledger](/catalog/default/component/ledger).',
    );
  });

  it('logs each warning once, however often the radar is read', async () => {
    const { app, logger } = await createApp();

    await request(app).get('/radar');
    await request(app).get('/radar');

    const messages = logger.warn.mock.calls.map(call => call[0]);
    expect(messages.sort()).toEqual([
      'Istio is on HOLD since 2020-02-10 while 1 service still uses it: Checkout',
      'Radar entry "Linkerd", move of 2022-06-01: cites takeaway:default/does-not-exist-000000, which does not exist or which you may not see',
    ]);
  });

  it('reads the catalog with the caller credentials, in a fixed number of calls', async () => {
    const { app, spies } = await createApp();
    const caller = 'user:default/alice';

    const res = await request(app)
      .get('/radar')
      .set('Authorization', mockCredentials.user.header(caller));

    expect(res.status).toBe(200);
    const calls = [
      ...spies.getEntityByRef.mock.calls,
      ...spies.getEntities.mock.calls,
      ...spies.getEntitiesByRefs.mock.calls,
      ...spies.queryEntities.mock.calls,
    ];
    for (const call of calls) {
      expect(call[1]).toEqual({ credentials: mockCredentials.user(caller) });
    }
    // items + conferences, users, tool records; then the one cited ref
    // the item query could not return
    expect(spies.getEntities).toHaveBeenCalledTimes(3);
    expect(spies.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(spies.getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
      'takeaway:default/does-not-exist-000000',
    ]);
    expect(spies.getEntities.mock.calls[0][0]?.filter).toEqual([
      {
        kind: 'takeaway',
        'spec.tools': ['linkerd', 'istio', 'cilium'],
      },
      { kind: 'talk', 'spec.tools': ['linkerd', 'istio', 'cilium'] },
      { kind: 'conference' },
    ]);
  });

  it('rejects unauthenticated callers', async () => {
    const { app, spies } = await createApp();

    const res = await request(app)
      .get('/radar')
      .set('Authorization', mockCredentials.none.header());

    expect(res.status).toBe(401);
    expect(spies.getEntities).not.toHaveBeenCalled();
  });

  it('answers 404 naming the setting when no radar is configured', async () => {
    const { app } = await createApp({ location: undefined });

    const res = await request(app).get('/radar');

    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No tech radar is configured: set conferenceTakeaways.radar.location to the path or URL of the radar file',
    );
  });

  it('answers 503 naming the setting and file when the file is missing, and /relevant keeps working', async () => {
    const { app, logger } = await createApp({ location: 'nowhere/radar.yaml' });

    const radar = await request(app).get('/radar');
    const relevant = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments' });

    expect(radar.status).toBe(503);
    expect(radar.body.error).toEqual(
      expect.objectContaining({
        name: 'ServiceUnavailableError',
        message:
          'Could not read the tech radar from conferenceTakeaways.radar.location "nowhere/radar.yaml": no such file',
      }),
    );
    expect(logger.warn).toHaveBeenCalledWith(radar.body.error.message);
    expect(relevant.status).toBe(200);
    expect(relevant.body.items.length).toBeGreaterThan(0);
  });

  it('answers 503 with the YAML error for a file that is not YAML', async () => {
    const { app } = await createApp({
      files: { 'radar.yaml': 'quadrants: [\n  - id: x\n' },
    });

    const res = await request(app).get('/radar');

    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(
      /^The tech radar file at conferenceTakeaways\.radar\.location "radar\.yaml" is not valid YAML or JSON: .*line/,
    );
  });

  it('answers 503 naming the field for a radar in the wrong shape', async () => {
    const { app } = await createApp({
      files: {
        'radar.yaml': RADAR_YAML.replace('ringId: hold', 'ringId: hodl'),
      },
    });

    const res = await request(app).get('/radar');

    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe(
      'The tech radar file at conferenceTakeaways.radar.location "radar.yaml" is invalid: Invalid tech radar: entries[1] (istio).timeline[0].ringId: unknown ring "hodl", expected one of adopt, trial, assess, hold',
    );
  });

  it('reads a JSON radar file too', async () => {
    const json = JSON.stringify(parseYaml(RADAR_YAML));
    const { app } = await createApp({
      location: 'radar.json',
      files: { 'radar.json': json },
    });

    const res = await request(app).get('/radar');

    expect(res.status).toBe(200);
    expect(res.body.entries).toHaveLength(3);
  });
});

describe('GET /radar/history', () => {
  it('keeps inactive entries and the evidence as written', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/radar/history');

    expect(res.status).toBe(200);
    const body: RadarHistoryResponse = res.body;
    const swarm = body.entries.find(e => e.id === 'docker-swarm');
    expect(swarm).toMatchObject({
      active: false,
      tool: 'docker-swarm',
      timeline: [{ date: '2018-03-05', ringId: 'hold', evidence: [] }],
    });
    const linkerd = body.entries.find(e => e.id === 'linkerd');
    expect(linkerd?.timeline.map(t => t.date)).toEqual([
      '2022-06-01',
      '2019-03-01',
      '2018-05-10',
    ]);
    expect(linkerd?.timeline[0].evidence).toEqual([
      'takeaway:default/linkerd-mesh-people-enjoy-111111',
      'takeaway:default/does-not-exist-000000',
    ]);
  });
});

describe('GET /tools/:tool', () => {
  it('gathers the radar entry, users, items and suggestions of a tool', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/tools/linkerd');

    expect(res.status).toBe(200);
    const body: ToolHubResponse = res.body;
    expect(body.tool).toEqual({
      slug: 'linkerd',
      name: 'Linkerd',
      definition: { slug: 'linkerd', name: 'Linkerd' },
    });
    expect(body.radar?.ring).toEqual({
      id: 'adopt',
      name: 'ADOPT',
      color: '#5BA300',
    });
    expect(
      body.radar?.timeline.map(move => [
        move.date,
        move.evidence.map(e => [e.entityRef, e.found]),
      ]),
    ).toEqual([
      [
        '2022-06-01',
        [
          ['takeaway:default/linkerd-mesh-people-enjoy-111111', true],
          ['takeaway:default/does-not-exist-000000', false],
        ],
      ],
      ['2019-03-01', []],
      ['2018-05-10', [['talk:default/linkerd-at-scale-a1b2c3', true]]],
    ]);
    expect(body.usedBy).toEqual([
      {
        entityRef: 'component:default/payments',
        kind: 'Component',
        title: 'payments',
        owners: ['group:default/payments-team'],
        sources: [{ type: 'tag' }],
      },
    ]);
    expect(body.teams).toEqual([
      {
        entityRef: 'group:default/payments-team',
        uses: ['component:default/payments'],
        usesTotal: 1,
      },
    ]);
    expect(
      body.items.map(i => [i.entityRef, i.conference?.year, i.subject]),
    ).toEqual([
      ['takeaway:default/ebpf-networking-arrives-333333', 2023, false],
      // same conference: by title
      ['talk:default/linkerd-at-scale-a1b2c3', 2022, true],
      ['takeaway:default/linkerd-mesh-people-enjoy-111111', 2022, true],
      ['takeaway:default/linkerd-2-rewrite-222222', 2018, true],
    ]);
  });

  it('suggests only the items no move cites yet, with a snippet to paste', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/tools/linkerd');

    const body: ToolHubResponse = res.body;
    expect(body.suggestions.map(s => s.item.entityRef)).toEqual([
      'takeaway:default/linkerd-2-rewrite-222222',
    ]);
    expect(parseYaml(body.suggestions[0].snippet)).toEqual({
      evidence: ['takeaway:default/linkerd-2-rewrite-222222'],
    });
  });

  it('warns about cited refs that cannot be found', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/tools/linkerd');

    expect(res.body.warnings).toEqual([
      {
        type: 'missing-evidence',
        entityRef: 'takeaway:default/does-not-exist-000000',
        message:
          'Radar entry "Linkerd", move of 2022-06-01: cites takeaway:default/does-not-exist-000000, which does not exist or which you may not see',
      },
    ]);
  });

  it('warns when a tool on hold is still used, and logs it', async () => {
    const { app, logger } = await createApp();

    const res = await request(app).get('/tools/istio');

    expect(res.body.warnings).toEqual([
      {
        type: 'hold-while-used',
        message:
          'Istio is on HOLD since 2020-02-10 while 1 service still uses it: Checkout',
      },
    ]);
    expect(res.body.usedBy[0].sources).toEqual([{ type: 'annotation' }]);
    expect(logger.warn).toHaveBeenCalledWith(res.body.warnings[0].message);
  });

  it('finds tools by alias, and tools only the radar knows', async () => {
    const { app } = await createApp();

    const otel = await request(app).get('/tools/OTel');
    const swarm = await request(app).get('/tools/docker-swarm');

    expect(otel.status).toBe(200);
    expect(otel.body.tool.slug).toBe('opentelemetry');
    expect(otel.body.radar).toBeUndefined();
    expect(swarm.status).toBe(200);
    expect(swarm.body.tool).toEqual({
      slug: 'docker-swarm',
      name: 'Docker Swarm',
    });
    expect(swarm.body.radar).toMatchObject({
      active: false,
      ring: { id: 'hold' },
    });
  });

  it('answers 404 for a tool neither the dictionary nor the radar knows', async () => {
    const { app, spies } = await createApp();

    const res = await request(app).get('/tools/cobol');

    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'Unknown tool "cobol": it is neither in the tool dictionary nor on the tech radar',
    );
    expect(spies.getEntities).not.toHaveBeenCalled();
  });

  it.each(['bad!name', '-linkerd', 'x'.repeat(101), '%20'])(
    'answers 400 for the malformed tool %j',
    async tool => {
      const { app } = await createApp();

      const res = await request(app).get(`/tools/${tool}`);

      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain('Invalid tool');
    },
  );

  it('still answers when the radar file is broken, with a warning', async () => {
    const { app } = await createApp({ location: 'nowhere/radar.yaml' });

    const res = await request(app).get('/tools/linkerd');

    expect(res.status).toBe(200);
    expect(res.body.radar).toBeUndefined();
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.warnings).toEqual([
      {
        type: 'radar-file',
        message:
          'Could not read the tech radar from conferenceTakeaways.radar.location "nowhere/radar.yaml": no such file',
      },
    ]);
  });

  it('reads the catalog with the caller credentials', async () => {
    const { app, spies } = await createApp();
    const caller = 'user:default/bob';

    const res = await request(app)
      .get('/tools/linkerd')
      .set('Authorization', mockCredentials.user.header(caller));

    expect(res.status).toBe(200);
    const calls = [
      ...spies.getEntities.mock.calls,
      ...spies.getEntitiesByRefs.mock.calls,
    ];
    expect(calls).toHaveLength(4);
    for (const call of calls) {
      expect(call[1]).toEqual({ credentials: mockCredentials.user(caller) });
    }
    expect(spies.getEntityByRef).not.toHaveBeenCalled();
    expect(spies.queryEntities).not.toHaveBeenCalled();
  });

  it('rejects unauthenticated callers', async () => {
    const { app } = await createApp();

    const res = await request(app)
      .get('/tools/linkerd')
      .set('Authorization', mockCredentials.none.header());

    expect(res.status).toBe(401);
  });
});
