import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConferenceEntity,
  rankItems,
  RelevanceResponse,
  TakeawayEntity,
  TalkEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import express from 'express';
import request from 'supertest';
import {
  allEntities,
  conferences,
  linkerdTalk,
  takeaways,
} from './__fixtures__/catalogEntities';
import { testDictionary } from './__fixtures__/testDictionary';
import { RadarSource } from './radar/RadarSource';
import { createRouter } from './router';

const NOW = new Date('2024-06-01T00:00:00Z');

async function createApp(
  entities: Entity[] = allEntities,
  options: { permissions?: ReturnType<typeof mockServices.permissions> } = {},
) {
  const catalog = catalogServiceMock({ entities });
  const spies = {
    getEntityByRef: jest.spyOn(catalog, 'getEntityByRef'),
    getEntities: jest.spyOn(catalog, 'getEntities'),
    getEntitiesByRefs: jest.spyOn(catalog, 'getEntitiesByRefs'),
    queryEntities: jest.spyOn(catalog, 'queryEntities'),
  };
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog,
    dictionary: testDictionary,
    // the radar routes have their own tests (radar/radarRoutes.test.ts)
    radar: RadarSource.fromConfig(new ConfigReader({}), {
      urlReader: mockServices.urlReader.mock(),
      logger: mockServices.logger.mock(),
    }),
    logger: mockServices.logger.mock(),
    now: () => NOW,
    permissions: options.permissions,
  });
  const app = express().use(router).use(mockErrorHandler());
  return { app, spies };
}

describe('GET /relevant', () => {
  it('ranks a takeaway whose conference was not identified, dated by its report', async () => {
    const unknownConference: Entity = {
      apiVersion: 'conference-takeaways.dev/v1alpha1',
      kind: 'Takeaway',
      metadata: { name: 'linkerd-unknown-conference-555555' },
      spec: {
        headline: 'Linkerd upgrades are boring now',
        summary: 'From a report that names no conference.',
        report: { title: 'Notes', date: '2024-03-01' },
        tools: ['linkerd'],
        subjectTools: ['linkerd'],
      },
    };
    const { app } = await createApp([...allEntities, unknownConference]);

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments' });

    expect(res.status).toBe(200);
    const body: RelevanceResponse = res.body;
    // newest of all (report date 2024-03-01), so ranked first
    expect(body.items[0]).toMatchObject({
      entityRef: 'takeaway:default/linkerd-unknown-conference-555555',
      title: 'Linkerd upgrades are boring now',
    });
    expect(body.items[0].conference).toBeUndefined();
    expect(body.items[0].reasons.map(r => r.type)).not.toContain('age');
    expect(body.items.length).toBeGreaterThan(1);
  });

  it('ranks linkerd takeaways and talks for a linkerd-tagged component', async () => {
    const { app } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments' });

    expect(res.status).toBe(200);
    const body: RelevanceResponse = res.body;
    expect(body.entityRef).toBe('component:default/payments');
    expect(body.tools).toEqual([
      { slug: 'linkerd', name: 'Linkerd', sources: [{ type: 'tag' }] },
    ]);
    expect(body.items.map(i => i.entityRef)).toEqual([
      'talk:default/linkerd-at-scale-a1b2c3',
      'takeaway:default/linkerd-mesh-people-enjoy-111111',
      'takeaway:default/ebpf-networking-arrives-333333',
      'takeaway:default/linkerd-2-rewrite-222222',
    ]);
    expect(
      new Set(body.items.map(i => i.conference?.entityRef)).size,
    ).toBeGreaterThan(1);
    for (const item of body.items) {
      expect(item.reasons.map(r => r.text)).toContain('uses linkerd (tag)');
    }
    const [, eu2022, ebpf, eu2018] = body.items;
    expect(eu2022.reasons.map(r => r.text)).toContain(
      'linkerd is the subject of this takeaway',
    );
    expect(eu2022.conference).toEqual({
      entityRef: 'conference:default/kubecon-eu-2022',
      title: 'KubeCon 2022',
      year: 2022,
    });
    expect(eu2022.talks).toEqual([
      {
        entityRef: 'talk:default/linkerd-at-scale-a1b2c3',
        title: 'Linkerd at Scale',
        speakers: ['Speaker One'],
        recordingUrl: 'https://www.youtube.com/watch?v=example',
      },
    ]);
    expect(eu2018.reasons.map(r => r.text)).toContain(
      'from 2018 — may be dated',
    );
    expect(ebpf.reasons.map(r => r.text)).toContain('mentions linkerd');
  });

  it('finds tools through dependencies and names the dependency', async () => {
    const { app } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/ledger' });

    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual([
      'eBPF networking arrives with Cilium',
    ]);
    expect(res.body.items[0].reasons[0].text).toBe(
      'uses cilium (dependency payments-db)',
    );
  });

  it('gives a group the tools of the components it owns', async () => {
    const { app } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'group:default/payments-team', limit: '2' });

    expect(res.status).toBe(200);
    // owned components are visited in entity-ref order: ledger, then payments
    expect(res.body.tools.map((t: { slug: string }) => t.slug)).toEqual([
      'cilium',
      'linkerd',
    ]);
    expect(res.body.tools[0].sources).toEqual([
      { type: 'owned-component', entityRef: 'component:default/ledger' },
    ]);
    expect(res.body.items).toHaveLength(2);
  });

  it('returns an empty list for an entity that uses no known tool', async () => {
    const { app, spies } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/legacy-batch' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/legacy-batch',
      tools: [],
      items: [],
    });
    // nothing read on the caller's behalf but the entity
    const callerReads = spies.getEntitiesByRefs.mock.calls.filter(call =>
      JSON.stringify(call[1]).includes('"type":"user"'),
    );
    expect(callerReads.map(call => call[0].entityRefs)).toEqual([
      ['component:default/legacy-batch'],
    ]);
    expect(
      spies.getEntities.mock.calls.filter(call =>
        JSON.stringify(call[1]).includes('"type":"user"'),
      ),
    ).toEqual([]);
  });

  it('answers 404 naming an unknown entity', async () => {
    const { app } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/x' });

    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      name: 'NotFoundError',
      message: 'Entity component:default/x not found',
    });
  });

  it.each([
    [{}, 'Missing query parameter entityRef'],
    [{ entityRef: 'payments' }, 'Invalid entityRef "payments"'],
    [{ entityRef: 'component:' }, 'Invalid entityRef "component:"'],
  ])(
    'answers 400 for a missing or malformed ref %j',
    async (query, message) => {
      const { app } = await createApp();

      const res = await request(app).get('/relevant').query(query);

      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain(message);
    },
  );

  it.each(['0', '101', '-3', '2.5', 'ten', ''])(
    'answers 400 for limit=%s',
    async limit => {
      const { app } = await createApp();

      const res = await request(app)
        .get('/relevant')
        .query({ entityRef: 'component:default/payments', limit });

      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(`Invalid limit "${limit}"`);
    },
  );

  it('applies the limit', async () => {
    const { app } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments', limit: '1' });

    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
  });

  it('rejects unauthenticated callers', async () => {
    const { app, spies } = await createApp();

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments' })
      .set('Authorization', mockCredentials.none.header());

    expect(res.status).toBe(401);
    expect(spies.getEntityByRef).not.toHaveBeenCalled();
  });

  it("reads the catalog on the caller's behalf once: the entity, what its tools come from and the items shown", async () => {
    const { app, spies } = await createApp();
    const caller = 'user:default/alice';

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments' })
      .set('Authorization', mockCredentials.user.header(caller));

    expect(res.status).toBe(200);
    const callerCalls = [
      ...spies.getEntityByRef.mock.calls,
      ...spies.getEntities.mock.calls,
      ...spies.getEntitiesByRefs.mock.calls,
      ...spies.queryEntities.mock.calls,
    ].filter(
      call =>
        JSON.stringify(call[1]) ===
        JSON.stringify({ credentials: mockCredentials.user(caller) }),
    );
    expect(callerCalls).toHaveLength(1);
    const { entityRefs } = spies.getEntitiesByRefs.mock.calls.find(
      call => call[1] === callerCalls[0][1],
    )![0];
    const shown: RelevanceResponse['items'] = res.body.items;
    expect(shown.length).toBeGreaterThan(0);
    expect(entityRefs).toEqual(
      expect.arrayContaining([
        'component:default/payments',
        ...shown.map(i => i.entityRef),
        ...shown.map(i => i.conference!.entityRef),
      ]),
    );
    expect(new Set(entityRefs).size).toBe(entityRefs.length);
  });

  it('shows only what the caller may read, from what was read on their behalf', async () => {
    const { app, spies } = await createApp();
    // the caller may not see this takeaway (or it was deleted since the
    // index was read): the catalog leaves it out of their read
    const hidden = 'takeaway:default/linkerd-mesh-people-enjoy-111111';
    const whole = catalogServiceMock({ entities: allEntities });
    spies.getEntitiesByRefs.mockImplementation(async (req, opts) => {
      const { items } = await whole.getEntitiesByRefs(req, {
        credentials: mockCredentials.service(),
      });
      const byUser = JSON.stringify(opts).includes('"type":"user"');
      return {
        items: items.map(e =>
          e && byUser && stringifyEntityRef(e) === hidden ? undefined : e,
        ),
      };
    });

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/payments', limit: '2' });

    expect(res.status).toBe(200);
    const refs = res.body.items.map((i: { entityRef: string }) => i.entityRef);
    expect(refs).toHaveLength(2);
    expect(refs).not.toContain(hidden);
    expect(JSON.stringify(res.body)).not.toContain(
      'Linkerd is the service mesh people enjoy',
    );
  });

  it('answers from the index alone, with the same answer, when the caller may read every entity', async () => {
    const { app: filtered } = await createApp();
    const { app, spies } = await createApp(allEntities, {
      permissions: mockServices.permissions(),
    });
    const caller = 'user:default/alice';
    const ask = (server: express.Express) =>
      request(server)
        .get('/relevant')
        .query({ entityRef: 'group:default/payments-team' })
        .set('Authorization', mockCredentials.user.header(caller));

    const res = await ask(app);

    expect(res.status).toBe(200);
    expect(res.body).toEqual((await ask(filtered)).body);
    expect(res.body.items.length).toBeGreaterThan(0);
    const callerCalls = [
      ...spies.getEntityByRef.mock.calls,
      ...spies.getEntities.mock.calls,
      ...spies.getEntitiesByRefs.mock.calls,
      ...spies.queryEntities.mock.calls,
    ].filter(call => JSON.stringify(call[1]).includes('"type":"user"'));
    expect(callerCalls).toEqual([]);
  });

  it('names a conference from its full entity', async () => {
    const untitled: Entity = {
      ...conferences[2],
      metadata: { name: 'kubecon-na-2023', namespace: 'default' },
      spec: { ...conferences[2].spec, region: 'North America' },
    };
    const { app } = await createApp(
      allEntities.map(e => (e === conferences[2] ? untitled : e)),
    );

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: 'component:default/ledger' });

    expect(res.status).toBe(200);
    expect(res.body.items[0].conference).toEqual({
      entityRef: 'conference:default/kubecon-na-2023',
      title: 'KubeCon + CloudNativeCon North America 2023',
      year: 2023,
    });
  });

  it('answers exactly as ranking the complete entities would', async () => {
    const { app } = await createApp();
    const group = 'group:default/payments-team';

    const res = await request(app)
      .get('/relevant')
      .query({ entityRef: group, limit: '100' });

    expect(res.status).toBe(200);
    const byRef = <T extends Entity>(entities: Entity[]) =>
      new Map(entities.map(e => [stringifyEntityRef(e), e as T]));
    const expected = rankItems(
      res.body.tools,
      [linkerdTalk, ...takeaways] as Array<TakeawayEntity | TalkEntity>,
      {
        conferences: byRef<ConferenceEntity>(conferences),
        talks: byRef<TalkEntity>([linkerdTalk]),
        now: NOW,
        dictionary: testDictionary,
      },
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(res.body.items).toEqual(expected);
  });
});

describe('GET /health', () => {
  it('answers ok', async () => {
    const { app } = await createApp();

    const res = await request(app).get('/health');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});
