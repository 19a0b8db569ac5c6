import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import { CONFERENCE_TAKEAWAYS_RELATION_PAIRS } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

const ourPairs = CONFERENCE_TAKEAWAYS_RELATION_PAIRS.map(
  ([forward, reverse]) => [forward, reverse] as [string, string],
);

/**
 * The catalog graph only draws relation types it knows; teach it ours so a
 * takeaway's page shows its conference, talks and tools.
 */
export const catalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({
          api: catalogGraphApiRef,
          deps: {},
          factory: () =>
            new DefaultCatalogGraphApi({
              knownRelations: [...ALL_RELATIONS, ...ourPairs.flat()],
              knownRelationPairs: [...ALL_RELATION_PAIRS, ...ourPairs],
              defaultRelationTypes: { exclude: [] },
            }),
        }),
    }),
  ],
});
