import { mockCredentials } from '@backstage/backend-test-utils';
import {
  RelevanceResponse,
  SearchResponse,
  ToolHubResponse,
} from '../test/apiTypes';
import { hideTakeawayPolicyModule } from '../test/hideTakeawayPolicy';
import { getJson, getOk } from '../test/http';
import { ingestExamples } from '../test/ingestExamples';
import {
  PortalTestBackend,
  startPortalTestBackend,
  TASKS,
} from '../test/startPortalTestBackend';
import { createTestDatabases } from '../test/testDatabases';

// The example radar cites this takeaway (Monzo's outage keynote, KubeCon EU
// 2018) as evidence for Linkerd, which payments-api uses. Alice may not read
// it; Bob may read everything.
const HIDDEN_NAME = 'more-moving-parts-means-more-ways-to-fail-5932a9';
const HIDDEN_REF = `takeaway:default/${HIDDEN_NAME}`;
const HIDDEN_PAGE = `/catalog/default/takeaway/${HIDDEN_NAME}`;
const HIDDEN_TOOL = 'linkerd';
// Finds the takeaway, the outage talk it cites and a few more.
const SEARCH_TERM = 'outage';

const alice = mockCredentials.user.header('user:default/alice');
const bob = mockCredentials.user.header('user:default/bob');

const API = '/api/conference-takeaways';
const relevantPath = `${API}/relevant?entityRef=component:default/payments-api&limit=100`;

describe('catalog permissions across conference takeaways', () => {
  const databases = createTestDatabases('The permission tests');

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let portal: PortalTestBackend;

    beforeAll(async () => {
      portal = await startPortalTestBackend({
        knex: await databases.init(databaseId),
        permissionPolicy: hideTakeawayPolicyModule({
          userEntityRef: 'user:default/alice',
          takeawayName: HIDDEN_NAME,
        }),
      });
      await ingestExamples(portal);
      await portal.runTask(TASKS.indexSearch);
    }, 120_000);

    afterAll(async () => {
      await portal?.backend.stop();
    });

    const relevantRefs = async (user: string) =>
      (
        await getOk<RelevanceResponse>(portal.baseUrl, relevantPath, user)
      ).items.map(item => item.entityRef);
    const radarJson = async (user: string) =>
      JSON.stringify(await getOk(portal.baseUrl, `${API}/radar`, user));
    const toolHub = (user: string) =>
      getOk<ToolHubResponse>(
        portal.baseUrl,
        `${API}/tools/${HIDDEN_TOOL}`,
        user,
      );
    const searchLocations = async (user: string) =>
      (
        await getOk<SearchResponse>(
          portal.baseUrl,
          `/api/search/query?term=${SEARCH_TERM}`,
          user,
        )
      ).results.map(result => result.document.location);

    it('lets the catalog itself hide the takeaway from alice only', async () => {
      const path = `/api/catalog/entities/by-name/takeaway/default/${HIDDEN_NAME}`;
      expect((await getJson(portal.baseUrl, path, bob)).status).toBe(200);
      expect((await getJson(portal.baseUrl, path, alice)).status).toBe(404);
    });

    it('leaves the takeaway out of /relevant for alice', async () => {
      const forBob = await relevantRefs(bob);
      const forAlice = await relevantRefs(alice);

      expect(forBob).toContain(HIDDEN_REF);
      expect(forAlice).not.toContain(HIDDEN_REF);
      // Nothing else changes: same items, same order.
      expect(forAlice).toEqual(forBob.filter(ref => ref !== HIDDEN_REF));
    });

    it('leaves the takeaway out of the radar evidence links for alice', async () => {
      const forBob = await radarJson(bob);
      const forAlice = await radarJson(alice);

      expect(forBob).toContain(HIDDEN_PAGE);
      expect(forAlice).not.toContain(HIDDEN_PAGE);
      // The talk cited next to it stays visible to her.
      expect(forAlice).toContain('/catalog/default/talk/');
    });

    it('leaves the takeaway out of the tool page items for alice', async () => {
      const forBob = await toolHub(bob);
      const forAlice = await toolHub(alice);
      const evidence = (hub: ToolHubResponse) =>
        hub.radar!.timeline.flatMap(move => move.evidence);

      expect(forBob.items.map(i => i.entityRef)).toContain(HIDDEN_REF);
      expect(forAlice.items.map(i => i.entityRef)).not.toContain(HIDDEN_REF);
      expect(forAlice.items.length).toBe(forBob.items.length - 1);
      // The radar still cites it, but it does not resolve for her.
      expect(evidence(forBob)).toContainEqual(
        expect.objectContaining({ entityRef: HIDDEN_REF, found: true }),
      );
      expect(evidence(forAlice)).toContainEqual({
        entityRef: HIDDEN_REF,
        found: false,
      });
    });

    it('leaves the takeaway out of search results for alice', async () => {
      const forBob = await searchLocations(bob);
      const forAlice = await searchLocations(alice);

      expect(forBob).toContain(HIDDEN_PAGE);
      expect(forAlice).not.toContain(HIDDEN_PAGE);
      expect(forAlice).toEqual(forBob.filter(page => page !== HIDDEN_PAGE));
      expect(forAlice.length).toBeGreaterThan(0);
    });

    it('answers 401 on every route without credentials, except /health', async () => {
      const routes = [
        relevantPath,
        `${API}/radar`,
        `${API}/radar/history`,
        `${API}/tools/${HIDDEN_TOOL}`,
      ];
      for (const route of routes) {
        const { status } = await getJson(portal.baseUrl, route);
        expect({ route, status }).toEqual({ route, status: 401 });
      }
      const health = await getJson(portal.baseUrl, `${API}/health`);
      expect(health).toEqual({ status: 200, body: { status: 'ok' } });
    });
  });
});
