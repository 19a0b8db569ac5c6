import { mockCredentials, TestDatabaseId } from '@backstage/backend-test-utils';
import { CatalogEntity, RelevanceResponse } from '../test/apiTypes';
import { getOk } from '../test/http';
import { ingestExamples, refOf } from '../test/ingestExamples';
import { startPortalTestBackend } from '../test/startPortalTestBackend';
import { createTestDatabases } from '../test/testDatabases';

const user = mockCredentials.user.header('user:default/bob');
const relevantFor = (entityRef: string) =>
  `/api/conference-takeaways/relevant?entityRef=${entityRef}&limit=100`;

/** Refs an entity's spec points at that are not in the catalog. */
function danglingRefs(entity: CatalogEntity, refs: Set<string>): string[] {
  const cited: string[] = [
    entity.spec?.conference,
    ...(entity.spec?.talks ?? []),
  ].filter(Boolean);
  return cited.filter(ref => !refs.has(ref));
}

describe('report ingestion and relevance on each database', () => {
  const databases = createTestDatabases('The ingestion and relevance tests');
  const rankings = new Map<TestDatabaseId, RelevanceResponse[]>();

  it.each(databases.eachSupportedId())(
    'ingests the example reports and ranks them for a service and a team on %s',
    async databaseId => {
      const portal = await startPortalTestBackend({
        knex: await databases.init(databaseId),
      });
      try {
        // ingestExamples waits for one Takeaway per report section.
        const entities = await ingestExamples(portal);
        const refs = new Set(entities.map(refOf));
        const ours = entities.filter(e =>
          ['Conference', 'Talk', 'Takeaway'].includes(e.kind),
        );
        expect(
          ours.filter(e => e.kind === 'Conference').length,
        ).toBeGreaterThan(0);
        expect(ours.flatMap(e => danglingRefs(e, refs))).toEqual([]);

        const service = await getOk<RelevanceResponse>(
          portal.baseUrl,
          relevantFor('component:default/payments-api'),
          user,
        );
        // examples/org/services.yaml declares its tools in all three ways.
        expect(service.tools).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              slug: 'linkerd',
              sources: expect.arrayContaining([{ type: 'tag' }]),
            }),
            expect.objectContaining({
              slug: 'opentelemetry',
              sources: expect.arrayContaining([{ type: 'annotation' }]),
            }),
            expect.objectContaining({
              slug: 'kafka',
              sources: expect.arrayContaining([
                {
                  type: 'dependency',
                  entityRef: 'resource:default/kafka',
                  title: 'Apache Kafka',
                },
              ]),
            }),
          ]),
        );
        expectSoundRanking(service, refs);

        const team = await getOk<RelevanceResponse>(
          portal.baseUrl,
          relevantFor('group:default/payments-team'),
          user,
        );
        expect(team.tools.flatMap(t => t.sources.map(s => s.type))).toContain(
          'owned-component',
        );
        expectSoundRanking(team, refs);

        rankings.set(databaseId, [service, team]);
      } finally {
        await portal.backend.stop();
      }
    },
    120_000,
  );

  // Only when PostgreSQL runs too (always under CI).
  if (databases.eachSupportedId().length > 1) {
    it('ranks the same items in the same order on every database', () => {
      // Compared: which items, in which order, for which reasons. Not
      // compared: the order in which tools and their sources are listed
      // (also inside reason texts); it follows the catalog's row order,
      // which differs between SQLite and PostgreSQL.
      const summaries = [...rankings.values()].map(responses =>
        responses.map(response => ({
          tools: response.tools
            .map(tool => ({
              slug: tool.slug,
              sources: tool.sources.map(s => JSON.stringify(s)).sort(),
            }))
            .sort((a, b) => a.slug.localeCompare(b.slug)),
          items: response.items.map(({ entityRef, reasons }) => ({
            entityRef,
            reasons: reasons.map(({ type, tool }) => ({ type, tool })),
          })),
        })),
      );
      expect(summaries).toHaveLength(databases.eachSupportedId().length);
      for (const summary of summaries.slice(1)) {
        expect(summary).toEqual(summaries[0]);
      }
    });
  }
});

/**
 * What every ranking must satisfy, whatever the data: items share a tool
 * with the entity, exist in the catalog with their conference, and come
 * best first.
 */
function expectSoundRanking(response: RelevanceResponse, refs: Set<string>) {
  const tools = new Set(response.tools.map(t => t.slug));
  expect(response.items.length).toBeGreaterThan(0);
  for (const item of response.items) {
    expect(item.tools.some(tool => tools.has(tool))).toBe(true);
    expect(refs).toContain(item.entityRef);
    if (item.conference) {
      expect(refs).toContain(item.conference.entityRef);
    }
  }
  const scores = response.items.map(item => item.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}
