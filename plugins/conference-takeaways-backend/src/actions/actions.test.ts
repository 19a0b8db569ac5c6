import {
  createBackendPlugin,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  actionsServiceRef,
  ActionsService,
} from '@backstage/backend-plugin-api/alpha';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import path from 'path';
import request from 'supertest';
import { conferenceTakeawaysPlugin } from '../plugin';
import { allEntities } from '../service/__fixtures__/catalogEntities';
import { permissionedCatalogFactory } from './permissionedCatalog.testUtils';

/** Cited for Linkerd's move to Adopt, relevant to payments, about meshes. */
const SECRET_TAKEAWAY = 'takeaway:default/linkerd-mesh-people-enjoy-111111';
const member = mockCredentials.user('user:default/member');
const outsider = mockCredentials.user('user:default/outsider');

describe('conference-takeaways actions', () => {
  let actions: ActionsService;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    // Another plugin calling our actions through the actions service: over
    // HTTP, on behalf of the user, as the MCP actions backend does.
    const caller = createBackendPlugin({
      pluginId: 'caller',
      register(env) {
        env.registerInit({
          deps: { actionsService: actionsServiceRef },
          async init({ actionsService }) {
            actions = actionsService;
          },
        });
      },
    });
    ({ server } = await startTestBackend({
      features: [
        conferenceTakeawaysPlugin,
        caller,
        permissionedCatalogFactory(allEntities, {
          'user:default/outsider': [SECRET_TAKEAWAY],
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: { actions: { pluginSources: ['conference-takeaways'] } },
            conferenceTakeaways: {
              radar: {
                location: path.resolve(
                  __dirname,
                  '../service/__fixtures__/radar.yaml',
                ),
              },
            },
          },
        }),
      ],
    }));
  });

  const invoke = async (
    name: string,
    input: JsonObject,
    credentials: BackstageCredentials,
  ) =>
    (
      await actions.invoke({
        id: `conference-takeaways:${name}`,
        input,
        credentials,
      })
    ).output as any;

  /** The error an action answered with, as the caller receives it. */
  const failure = (status: number, message: RegExp) => ({
    statusCode: status,
    body: { error: { message: expect.stringMatching(message) } },
  });

  const refsIn = (items: Array<{ entityRef: string }>) =>
    items.map(item => item.entityRef);

  it('lists four read-only actions with input and output schemas', async () => {
    const { actions: listed } = await actions.list({ credentials: member });

    expect(listed.map(a => a.id).sort()).toEqual([
      'conference-takeaways:get-radar-evidence',
      'conference-takeaways:get-relevant-takeaways',
      'conference-takeaways:get-tool-knowledge',
      'conference-takeaways:search-takeaways',
    ]);
    for (const action of listed) {
      expect(action.attributes).toEqual({
        readOnly: true,
        destructive: false,
        idempotent: true,
      });
      expect(action.schema.input.type).toBe('object');
      expect(action.schema.output.type).toBe('object');
    }
  });

  describe('get-relevant-takeaways', () => {
    it("ranks an entity's takeaways by the tools it uses", async () => {
      const output = await invoke(
        'get-relevant-takeaways',
        { entityRef: 'component:default/payments' },
        member,
      );

      expect(output.tools).toEqual([{ slug: 'linkerd', name: 'Linkerd' }]);
      expect(refsIn(output.items)).toContain(SECRET_TAKEAWAY);
      const shown = output.items.find(
        (item: { entityRef: string }) => item.entityRef === SECRET_TAKEAWAY,
      );
      expect(shown.reasons).toContain('uses linkerd (tag)');
      expect(shown.conference.title).toBe('KubeCon 2022');
    });

    it('leaves out what the caller may not see', async () => {
      const output = await invoke(
        'get-relevant-takeaways',
        { entityRef: 'component:default/payments' },
        outsider,
      );

      expect(output.items.length).toBeGreaterThan(0);
      expect(refsIn(output.items)).not.toContain(SECRET_TAKEAWAY);
    });

    it('rejects a malformed entity ref', async () => {
      await expect(
        invoke('get-relevant-takeaways', { entityRef: 'payments' }, member),
      ).rejects.toMatchObject(failure(400, /Invalid entityRef "payments"/));
    });
  });

  describe('get-tool-knowledge', () => {
    it('answers with items, radar ring, moves and users', async () => {
      const output = await invoke(
        'get-tool-knowledge',
        { tool: 'Linkerd' },
        member,
      );

      expect(output.tool).toMatchObject({ slug: 'linkerd', name: 'Linkerd' });
      expect(output.radar).toMatchObject({ entryId: 'linkerd', ring: 'ADOPT' });
      expect(refsIn(output.items)).toContain(SECRET_TAKEAWAY);
      expect(refsIn(output.usedBy)).toEqual(['component:default/payments']);
      expect(output.usedBy[0].owners).toEqual(['group:default/payments-team']);
      // Only what the schema declares reaches the assistant.
      expect(output).not.toHaveProperty('suggestions');
    });

    it('leaves out what the caller may not see, in items and evidence', async () => {
      const output = await invoke(
        'get-tool-knowledge',
        { tool: 'linkerd' },
        outsider,
      );

      expect(JSON.stringify(output)).not.toContain(SECRET_TAKEAWAY);
      expect(output.items.length).toBeGreaterThan(0);
    });

    it('says when a tool is unknown', async () => {
      await expect(
        invoke('get-tool-knowledge', { tool: 'no-such-tool' }, member),
      ).rejects.toMatchObject(failure(404, /Unknown tool "no-such-tool"/));
    });
  });

  describe('get-radar-evidence', () => {
    it('lists the moves, newest first, with their cited items', async () => {
      const output = await invoke(
        'get-radar-evidence',
        { entry: 'linkerd' },
        member,
      );

      expect(output.ring).toBe('ADOPT');
      expect(output.timeline.map((m: { date: string }) => m.date)).toEqual([
        '2022-06-01',
        '2019-03-01',
        '2018-05-10',
      ]);
      expect(refsIn(output.timeline[0].evidence)).toEqual([SECRET_TAKEAWAY]);
      // The radar file also cites a takeaway that does not exist.
      expect(output.timeline[0].unresolvedEvidence).toBe(1);
    });

    it('counts, but does not show, evidence the caller may not see', async () => {
      const output = await invoke(
        'get-radar-evidence',
        { entry: 'linkerd' },
        outsider,
      );

      expect(JSON.stringify(output)).not.toContain(SECRET_TAKEAWAY);
      expect(output.timeline[0].evidence).toEqual([]);
      expect(output.timeline[0].unresolvedEvidence).toBe(2);
    });

    it('includes evidence cited from the portal', async () => {
      const rewrite = 'takeaway:default/linkerd-2-rewrite-222222';
      const cited = await request(server)
        .post('/api/conference-takeaways/radar/citations')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/member'),
        )
        .send({ entryId: 'linkerd', entityRef: rewrite });
      expect(cited.status).toBe(201);

      const output = await invoke(
        'get-radar-evidence',
        { entry: 'linkerd' },
        member,
      );

      expect(refsIn(output.timeline[0].evidence)).toEqual([
        SECRET_TAKEAWAY,
        rewrite,
      ]);
      await request(server)
        .delete(`/api/conference-takeaways/radar/citations/${cited.body.id}`)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/member'),
        )
        .expect(204);
    });
  });

  describe('search-takeaways', () => {
    it('finds takeaways by text in their headline or summary', async () => {
      const output = await invoke(
        'search-takeaways',
        { text: 'service mesh' },
        member,
      );

      expect(refsIn(output.items)).toEqual([SECRET_TAKEAWAY]);
      expect(output.totalItems).toBe(1);
    });

    it('narrows to a tool, by name', async () => {
      const output = await invoke(
        'search-takeaways',
        { tool: 'Cilium' },
        member,
      );

      expect(refsIn(output.items)).toEqual([
        'takeaway:default/ebpf-networking-arrives-333333',
      ]);
    });

    it('leaves out what the caller may not see', async () => {
      const output = await invoke(
        'search-takeaways',
        { tool: 'linkerd' },
        outsider,
      );

      expect(refsIn(output.items)).not.toContain(SECRET_TAKEAWAY);
      expect(output.items.length).toBeGreaterThan(0);
    });

    it('refuses a search with neither text nor tool', async () => {
      await expect(
        invoke('search-takeaways', {}, member),
      ).rejects.toMatchObject(failure(400, /Give a text, a tool or both/));
    });
  });
});
