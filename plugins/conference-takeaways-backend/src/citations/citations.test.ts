import {
  BackstageCredentials,
  PermissionsService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  parseOrgRadar,
  RadarCitation,
  RadarHistoryResponse,
  RadarProposal,
  TechRadarResponse,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Knex } from 'knex';
import path from 'path';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { permissionedCatalogFactory } from '../actions/permissionedCatalog.testUtils';
import { conferenceTakeawaysPlugin } from '../plugin';
import { citationTestDatabases } from '../__testUtils__/testDatabases';
import { allEntities } from '../service/__fixtures__/catalogEntities';

const API = '/api/conference-takeaways';
const RADAR = path.resolve(__dirname, '../service/__fixtures__/radar.yaml');
// A takeaway about Linkerd that the fixture radar does not cite yet.
const REWRITE = 'takeaway:default/linkerd-2-rewrite-222222';
const CURRENT_MOVE = '2022-06-01';

const platformEngineer = 'user:default/platform-engineer';
const outsider = 'user:default/outsider';
const as = (user: string) => mockCredentials.user.header(user);

function userOf(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as { userEntityRef?: string };
  return principal.userEntityRef;
}

/**
 * A policy granting everything except the cite permission to the outsider;
 * catalog reads are allowed outright (so `/radar` comes from the index and
 * its cache), unless `readsByCaller` asks for per-caller reads.
 */
function permissionsFactory(readsByCaller = false) {
  const permissions: Partial<PermissionsService> = {
    async authorize(requests, options) {
      return requests.map(() => ({
        result:
          userOf(options.credentials) === outsider
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      }));
    },
    async authorizeConditional(requests) {
      return requests.map(() => ({
        result: readsByCaller ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
      })) as any;
    },
  };
  return mockServices.permissions.mock(permissions).factory;
}

async function startPortal(
  knex: Knex,
  catalog: ServiceFactory = catalogServiceMock.factory({
    entities: allEntities,
  }),
  readsByCaller = false,
) {
  return startTestBackend({
    features: [
      conferenceTakeawaysPlugin,
      catalog,
      permissionsFactory(readsByCaller),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: { conferenceTakeaways: { radar: { location: RADAR } } },
      }),
    ],
  });
}

describe('radar citations and proposals', () => {
  const databases = citationTestDatabases('The radar citation tests');

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let knex: Knex;
    let backend: Awaited<ReturnType<typeof startPortal>>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPortal(knex);
    }, 60_000);

    afterAll(async () => {
      await backend?.stop();
    });

    afterEach(async () => {
      await knex('radar_citations').delete();
      await knex('radar_proposals').delete();
    });

    const cite = (body: object, user = platformEngineer) =>
      request(backend.server)
        .post(`${API}/radar/citations`)
        .set('Authorization', as(user))
        .send(body);
    const get = <T>(route: string) =>
      request(backend.server)
        .get(`${API}${route}`)
        .set('Authorization', as(platformEngineer))
        .expect(200)
        .then(res => res.body as T);
    const linkerdOf = <T extends { id: string }>(entries: T[]) =>
      entries.find(entry => entry.id === 'linkerd')!;

    it('shows a citation at once on the tool page, the history and the radar, and removes it', async () => {
      // Read the radar first, so its cache holds the radar without the citation.
      const before = await get<TechRadarResponse>('/radar');
      expect(JSON.stringify(before)).not.toContain('Linkerd 2 is a rewrite');

      const res = await cite({ entryId: 'linkerd', entityRef: REWRITE });

      expect(res.status).toBe(201);
      const citation: RadarCitation = res.body;
      expect(citation).toEqual({
        id: expect.any(String),
        entryId: 'linkerd',
        moveDate: CURRENT_MOVE, // the newest move when none is given
        entityRef: REWRITE,
        citedBy: platformEngineer,
        citedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
      });

      const hub = await get<ToolHubResponse>('/tools/linkerd');
      const move = hub.radar!.timeline.find(m => m.date === CURRENT_MOVE)!;
      expect(move.evidence.map(e => e.entityRef)).toEqual([
        'takeaway:default/linkerd-mesh-people-enjoy-111111',
        'takeaway:default/does-not-exist-000000',
        REWRITE,
      ]);
      expect(move.evidence[2]).toMatchObject({
        found: true,
        title: 'Linkerd 2 is a rewrite in Rust and Go',
        citation: {
          id: citation.id,
          citedBy: platformEngineer,
          citedAt: citation.citedAt,
        },
      });
      // Evidence from the radar file carries no citation.
      expect(move.evidence[0]).not.toHaveProperty('citation');
      expect(
        hub.items.find(item => item.entityRef === REWRITE)?.citedBy,
      ).toEqual([CURRENT_MOVE]);
      expect(hub.suggestions.map(s => s.item.entityRef)).not.toContain(REWRITE);

      const history = await get<RadarHistoryResponse>('/radar/history');
      expect(linkerdOf(history.entries).timeline[0].evidence).toContain(
        REWRITE,
      );

      const radar = await get<TechRadarResponse>('/radar');
      expect(linkerdOf(radar.entries).timeline[0].description).toContain(
        'Linkerd 2 is a rewrite in Rust and Go',
      );

      const listed = await get<{ citations: RadarCitation[] }>(
        `/radar/citations?entityRef=${REWRITE}`,
      );
      expect(listed.citations).toEqual([citation]);

      await request(backend.server)
        .delete(`${API}/radar/citations/${citation.id}`)
        .set('Authorization', as(platformEngineer))
        .expect(204);

      const after = await get<ToolHubResponse>('/tools/linkerd');
      expect(
        after.items.find(item => item.entityRef === REWRITE)?.citedBy,
      ).toEqual([]);
      expect(after.suggestions.map(s => s.item.entityRef)).toContain(REWRITE);
      expect(
        JSON.stringify(await get<TechRadarResponse>('/radar')),
      ).not.toContain('Linkerd 2 is a rewrite');
      await request(backend.server)
        .delete(`${API}/radar/citations/${citation.id}`)
        .set('Authorization', as(platformEngineer))
        .expect(404);
    });

    it('stores who cited what, when, in the radar_citations table', async () => {
      await cite({
        entryId: 'linkerd',
        moveDate: '2019-03-01',
        entityRef: 'takeaway:default/Linkerd-2-Rewrite-222222',
      }).expect(201);

      const rows = await knex('radar_citations').select();

      expect(rows).toEqual([
        {
          id: expect.anything(),
          entry_id: 'linkerd',
          move_date: '2019-03-01',
          // stored canonical, as the catalog writes refs
          entity_ref: REWRITE,
          cited_by: platformEngineer,
          cited_at: expect.anything(),
        },
      ]);
    });

    it('refuses writes to a user the policy does not grant the cite permission', async () => {
      const res = await cite(
        { entryId: 'linkerd', entityRef: REWRITE },
        outsider,
      );

      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'conference-takeaways.radar.cite',
      );
      expect(Number((await knex('radar_citations').count('* as n'))[0].n)).toBe(
        0,
      );

      const created = await cite({ entryId: 'linkerd', entityRef: REWRITE });
      for (const route of [
        `/radar/citations/${created.body.id}`,
        '/radar/proposals/1',
      ]) {
        const removal = await request(backend.server)
          .delete(`${API}${route}`)
          .set('Authorization', as(outsider));
        expect(removal.status).toBe(403);
      }
      const proposal = await request(backend.server)
        .post(`${API}/radar/proposals`)
        .set('Authorization', as(outsider))
        .send({ entryId: 'istio', ringId: 'assess', rationale: 'why not' });
      expect(proposal.status).toBe(403);
      // The outsider may still read.
      const listed = await request(backend.server)
        .get(`${API}/radar/citations`)
        .set('Authorization', as(outsider));
      expect(listed.body.citations).toHaveLength(1);
    });

    it('needs a signed-in user', async () => {
      const read = await request(backend.server)
        .get(`${API}/radar/citations`)
        .set('Authorization', mockCredentials.none.header());
      const write = await request(backend.server)
        .post(`${API}/radar/citations`)
        .set('Authorization', mockCredentials.none.header())
        .send({ entryId: 'linkerd', entityRef: REWRITE });

      expect([read.status, write.status]).toEqual([401, 401]);
    });

    it('answers 404 for unknown entries, moves and items, and 409 for a ref the move cites', async () => {
      const unknownEntry = await cite({ entryId: 'nope', entityRef: REWRITE });
      expect(unknownEntry.status).toBe(404);
      expect(unknownEntry.body.error.message).toBe(
        'The tech radar has no entry "nope"',
      );

      const unknownMove = await cite({
        entryId: 'linkerd',
        moveDate: '2021-01-01',
        entityRef: REWRITE,
      });
      expect(unknownMove.status).toBe(404);
      expect(unknownMove.body.error.message).toContain(
        'its moves are of 2022-06-01, 2019-03-01, 2018-05-10',
      );

      const missing = await cite({
        entryId: 'linkerd',
        entityRef: 'takeaway:default/never-written',
      });
      expect(missing.status).toBe(404);

      // Already in the radar file's evidence
      const inFile = await cite({
        entryId: 'linkerd',
        entityRef: 'takeaway:default/linkerd-mesh-people-enjoy-111111',
      });
      expect(inFile.status).toBe(409);

      await cite({ entryId: 'linkerd', entityRef: REWRITE }).expect(201);
      const again = await cite({
        entryId: 'linkerd',
        moveDate: CURRENT_MOVE,
        entityRef: REWRITE,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('already cites');
    });

    it('answers 400 with the problem for a bad body, storing nothing', async () => {
      const cases: Array<[object, string]> = [
        [{ entityRef: REWRITE }, 'entryId: entryId is required'],
        [
          { entryId: 'linkerd', entityRef: 'component:default/payments' },
          'is not a takeaway or talk ref',
        ],
        [{ entryId: 'linkerd', entityRef: REWRITE, extra: 1 }, 'extra'],
        [{ entryId: ' ', entityRef: REWRITE }, 'entryId is empty'],
      ];
      for (const [body, message] of cases) {
        const res = await cite(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(message);
      }
      const notJson = await request(backend.server)
        .post(`${API}/radar/citations`)
        .set('Authorization', as(platformEngineer))
        .set('Content-Type', 'application/json')
        .send('{"entryId":');
      expect(notJson.status).toBe(400);
      expect((await knex('radar_citations').select()).length).toBe(0);
    });

    it('exports the radar file with the citations written into the evidence, comments kept', async () => {
      await cite({ entryId: 'linkerd', entityRef: REWRITE }).expect(201);
      await cite({
        entryId: 'cilium',
        entityRef: 'takeaway:default/ebpf-networking-arrives-333333',
      }).expect(201);

      const res = await request(backend.server)
        .get(`${API}/radar/export`)
        .set('Authorization', as(platformEngineer));

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/yaml; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="tech-radar.yaml"',
      );
      expect(res.text).toContain('# out of order on purpose');
      const radar = parseOrgRadar(parseYaml(res.text));
      expect(linkerdOf(radar.entries).timeline[0].evidence).toEqual([
        'takeaway:default/linkerd-mesh-people-enjoy-111111',
        'takeaway:default/does-not-exist-000000',
        REWRITE,
      ]);
      expect(
        radar.entries.find(entry => entry.id === 'cilium')!.timeline[0]
          .evidence,
      ).toEqual(['takeaway:default/ebpf-networking-arrives-333333']);
    });

    it('creates, lists and deletes proposals', async () => {
      const propose = (body: object) =>
        request(backend.server)
          .post(`${API}/radar/proposals`)
          .set('Authorization', as(platformEngineer))
          .send(body);

      const created = await propose({
        entryId: 'cilium',
        ringId: 'trial',
        rationale: '  eBPF networking is ready for a trial.  ',
        evidence: ['takeaway:default/ebpf-networking-arrives-333333'],
      });
      expect(created.status).toBe(201);
      const proposal: RadarProposal = created.body;
      expect(proposal).toEqual({
        id: expect.any(String),
        entryId: 'cilium',
        tool: 'cilium',
        ringId: 'trial',
        rationale: 'eBPF networking is ready for a trial.',
        evidence: ['takeaway:default/ebpf-networking-arrives-333333'],
        proposedBy: platformEngineer,
        proposedAt: expect.any(String),
      });

      expect(
        (await propose({ entryId: 'cilium', ringId: 'assess', rationale: 'x' }))
          .body.error.message,
      ).toContain('already in ring "assess"');
      expect(
        (await propose({ entryId: 'cilium', ringId: 'orbit', rationale: 'x' }))
          .body.error.message,
      ).toBe(
        'Unknown ring "orbit": expected one of adopt, trial, assess, hold',
      );
      expect(
        (await propose({ entryId: 'cilium', ringId: 'trial', rationale: ' ' }))
          .status,
      ).toBe(400);
      expect(
        (
          await propose({
            entryId: 'cilium',
            ringId: 'trial',
            rationale: 'x',
            evidence: ['talk'],
          })
        ).status,
      ).toBe(400);
      expect(
        (await propose({ entryId: 'gone', ringId: 'trial', rationale: 'x' }))
          .status,
      ).toBe(404);
      expect(
        (
          await propose({
            entryId: 'cilium',
            ringId: 'trial',
            rationale: 'x',
            evidence: ['talk:default/unknown'],
          })
        ).status,
      ).toBe(404);

      const later = await propose({
        entryId: 'istio',
        ringId: 'assess',
        rationale: 'Ambient mode.',
      });
      expect(later.status).toBe(201);

      const all = await get<{ proposals: RadarProposal[] }>('/radar/proposals');
      expect(all.proposals.map(p => p.entryId)).toEqual(['istio', 'cilium']);
      const forTool = await get<{ proposals: RadarProposal[] }>(
        '/radar/proposals?tool=cilium',
      );
      expect(forTool.proposals).toEqual([proposal]);
      const forEntry = await get<{ proposals: RadarProposal[] }>(
        '/radar/proposals?entry=istio',
      );
      expect(forEntry.proposals.map(p => p.id)).toEqual([later.body.id]);

      await request(backend.server)
        .delete(`${API}/radar/proposals/${proposal.id}`)
        .set('Authorization', as(platformEngineer))
        .expect(204);
      await request(backend.server)
        .delete(`${API}/radar/proposals/${proposal.id}`)
        .set('Authorization', as(platformEngineer))
        .expect(404);
      expect(
        (
          await get<{ proposals: RadarProposal[] }>('/radar/proposals')
        ).proposals.map(p => p.entryId),
      ).toEqual(['istio']);
    });

    it('keeps citations across a restart on the same database', async () => {
      const created = await cite({ entryId: 'linkerd', entityRef: REWRITE });
      expect(created.status).toBe(201);
      await backend.stop();

      backend = await startPortal(knex);

      const listed = await get<{ citations: RadarCitation[] }>(
        '/radar/citations?entry=linkerd',
      );
      expect(listed.citations).toEqual([created.body]);
      const hub = await get<ToolHubResponse>('/tools/linkerd');
      expect(hub.radar!.timeline[0].evidence.map(e => e.entityRef)).toContain(
        REWRITE,
      );
    }, 60_000);
  });
});

describe('citing what the caller may not read', () => {
  const databases = citationTestDatabases('The radar citation read test');

  it('answers 404 for a takeaway the catalog hides from the caller, and lets others cite it', async () => {
    const knex = await databases.init('SQLITE_3');
    const backend = await startPortal(
      knex,
      permissionedCatalogFactory(allEntities, {
        'user:default/alice': [REWRITE],
      }),
      true,
    );
    try {
      const body = { entryId: 'linkerd', entityRef: REWRITE };
      const alice = await request(backend.server)
        .post(`${API}/radar/citations`)
        .set('Authorization', as('user:default/alice'))
        .send(body);
      expect(alice.status).toBe(404);
      expect(alice.body.error.message).toBe(
        `${REWRITE} does not exist in the catalog, or you may not read it`,
      );
      await request(backend.server)
        .post(`${API}/radar/citations`)
        .set('Authorization', as('user:default/bob'))
        .send(body)
        .expect(201);
    } finally {
      await backend.stop();
    }
  });
});
