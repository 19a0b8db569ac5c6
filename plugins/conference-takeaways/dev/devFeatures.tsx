import {
  ApiBlueprint,
  createFrontendModule,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import plugin from '../src/alpha';
import { conferenceTakeawaysApiRef } from '../src';
import { NotFoundError } from '@backstage/errors';
import {
  conferences,
  relevanceForComponent,
  takeaways,
  talks,
} from '../src/__testUtils__/fixtures';
import { linkerdHub, quietHub } from '../src/__testUtils__/toolHubFixtures';

/** Stands in for the catalog: fixture entities and a stub entity page. */
const fakeCatalog = createFrontendPlugin({
  pluginId: 'catalog',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams(
          catalogApiMock.factory({
            entities: [...conferences, ...talks, ...takeaways],
          }),
        ),
    }),
    PageBlueprint.make({
      name: 'entity',
      params: {
        path: '/catalog/:namespace/:kind/:name',
        routeRef: entityRouteRef,
        loader: async () => (
          <p>In a real app, the catalog plugin shows the entity here.</p>
        ),
      },
    }),
  ],
});

const toolHubs = [linkerdHub, quietHub];

async function noDatabase(): Promise<never> {
  throw new Error('The dev setup stores no radar citations or proposals');
}

/**
 * Stands in for the backend: every entity gets the same ranked fixtures, and
 * two tools have pages (`/conference-takeaways/tools/linkerd` and `kuma`).
 */
const fakeBackend = createFrontendModule({
  pluginId: 'conference-takeaways',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({
          api: conferenceTakeawaysApiRef,
          deps: {},
          factory: () => ({
            getRelevant: async (entityRef: string) => ({
              ...relevanceForComponent,
              entityRef,
            }),
            getTool: async (tool: string) => {
              const hub = toolHubs.find(h => h.tool.slug === tool);
              if (!hub) {
                throw new NotFoundError(`Unknown tool "${tool}"`);
              }
              return hub;
            },
            getRadar: async () => {
              throw new Error('The dev setup has no tech radar');
            },
            getRadarHistory: async () => {
              throw new Error('The dev setup has no tech radar');
            },
            getToolSummaries: async (slugs: string[]) => ({
              tools: slugs.map(slug => ({
                slug,
                name: slug,
                ubiquitous: slug === 'kubernetes',
              })),
            }),
            // The dev setup has no explorer data: an empty first page.
            explore: async query => ({
              kind: query.kind ?? 'takeaway',
              total: 0,
              offset: 0,
              limit: query.limit ?? 20,
              items: [],
              facets: { tools: [], conferences: [], years: [] },
              trends: { years: [], series: [] },
            }),
            getExploreTools: async () => ({
              tools: toolHubs.map(hub => ({
                slug: hub.tool.slug,
                name: hub.tool.name,
                takeaways: 0,
                talks: 0,
              })),
            }),
            // Citations and proposals need the real backend's database.
            listRadarCitations: async () => ({ citations: [] }),
            listRadarProposals: async () => ({ proposals: [] }),
            createRadarCitation: noDatabase,
            deleteRadarCitation: noDatabase,
            createRadarProposal: noDatabase,
            deleteRadarProposal: noDatabase,
            exportRadar: noDatabase,
          }),
        }),
    }),
  ],
});

export const devFeatures = [plugin, fakeCatalog, fakeBackend];
