import { techRadarApiRef } from '@backstage-community/plugin-tech-radar';
import {
  ApiBlueprint,
  createFrontendModule,
  discoveryApiRef,
  fetchApiRef,
  routeResolutionApiRef,
} from '@backstage/frontend-plugin-api';
import { ConferenceTakeawaysRadarClient } from '../api';
import { toolRouteRef } from '../routes';

/**
 * The tech radar's API, loading the radar from the conference-takeaways
 * backend. Each entry links to its tool page when the app has one.
 *
 * @alpha
 */
export const conferenceTakeawaysTechRadarApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: techRadarApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        routeResolutionApi: routeResolutionApiRef,
      },
      factory: ({ discoveryApi, fetchApi, routeResolutionApi }) =>
        new ConferenceTakeawaysRadarClient({
          discoveryApi,
          fetchApi,
          // resolved on each load: routes are known once the app is built
          toolPageUrl: entryId =>
            routeResolutionApi.resolve(toolRouteRef)?.({ tool: entryId }),
        }),
    }),
});

/**
 * A module for the community tech radar plugin (`tech-radar`) that replaces
 * its API with {@link conferenceTakeawaysTechRadarApi}: being a module of
 * that plugin, its `api:tech-radar` extension overrides the plugin's own.
 *
 * @alpha
 */
export const conferenceTakeawaysTechRadarModule = createFrontendModule({
  pluginId: 'tech-radar',
  extensions: [conferenceTakeawaysTechRadarApi],
});
