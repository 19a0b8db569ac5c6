import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import {
  ConferenceTakeawaysClient,
  conferenceTakeawaysApiRef,
  ReportPreviewClient,
  reportPreviewApiRef,
} from './api';
import {
  entityContentRouteRef,
  explorerLinkRouteRef,
  rootRouteRef,
  toolLinkRouteRef,
  toolRouteRef,
} from './routes';

/**
 * The conference-takeaways plugin for apps on the legacy frontend system.
 * New frontend system apps use the `/alpha` export instead.
 *
 * @public
 */
export const conferenceTakeawaysPlugin = createPlugin({
  id: 'conference-takeaways',
  routes: {
    root: rootRouteRef,
    tool: toolRouteRef,
    entityContent: entityContentRouteRef,
  },
  externalRoutes: {
    explorer: explorerLinkRouteRef,
    toolLink: toolLinkRouteRef,
  },
  apis: [
    createApiFactory({
      api: conferenceTakeawaysApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ConferenceTakeawaysClient({ discoveryApi, fetchApi }),
    }),
    createApiFactory({
      api: reportPreviewApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReportPreviewClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * Card for component, system and API pages: the most relevant takeaways and
 * talks, with why each was picked.
 *
 * @public
 */
export const EntityRelevantTakeawaysCard = conferenceTakeawaysPlugin.provide(
  createComponentExtension({
    name: 'EntityRelevantTakeawaysCard',
    component: {
      lazy: () =>
        import('./components/EntityRelevantTakeawaysCard').then(
          m => m.EntityRelevantTakeawaysCard,
        ),
    },
  }),
);

/**
 * Card for group pages: the team's tools and the newest takeaways on each.
 *
 * @public
 */
export const EntityGroupToolsCard = conferenceTakeawaysPlugin.provide(
  createComponentExtension({
    name: 'EntityGroupToolsCard',
    component: {
      lazy: () =>
        import('./components/GroupToolsCard').then(m => m.GroupToolsCard),
    },
  }),
);

/** Card for Takeaway entity pages. @public */
export const EntityTakeawayDetailsCard = conferenceTakeawaysPlugin.provide(
  createComponentExtension({
    name: 'EntityTakeawayDetailsCard',
    component: {
      lazy: () =>
        import('./components/TakeawayDetailsCard').then(
          m => m.TakeawayDetailsCard,
        ),
    },
  }),
);

/** Card for Talk entity pages. @public */
export const EntityTalkDetailsCard = conferenceTakeawaysPlugin.provide(
  createComponentExtension({
    name: 'EntityTalkDetailsCard',
    component: {
      lazy: () =>
        import('./components/TalkDetailsCard').then(m => m.TalkDetailsCard),
    },
  }),
);

/** Card for Conference entity pages. @public */
export const EntityConferenceDetailsCard = conferenceTakeawaysPlugin.provide(
  createComponentExtension({
    name: 'EntityConferenceDetailsCard',
    component: {
      lazy: () =>
        import('./components/ConferenceDetailsCard').then(
          m => m.ConferenceDetailsCard,
        ),
    },
  }),
);

/**
 * Entity tab: the full ranked list with tool, conference and year filters.
 *
 * @public
 */
export const EntityRelevantTakeawaysContent = conferenceTakeawaysPlugin.provide(
  createRoutableExtension({
    name: 'EntityRelevantTakeawaysContent',
    mountPoint: entityContentRouteRef,
    component: () =>
      import('./components/EntityRelevantTakeawaysContent').then(
        m => m.EntityRelevantTakeawaysContent,
      ),
  }),
);

/**
 * The explorer page (conferences, takeaways, talks, tool trends), usually
 * mounted at `/conference-takeaways`, with the tool pages below it
 * (`/conference-takeaways/tools/<tool>`).
 *
 * @public
 */
export const TakeawaysExplorerPage = conferenceTakeawaysPlugin.provide(
  createRoutableExtension({
    name: 'TakeawaysExplorerPage',
    mountPoint: rootRouteRef,
    component: () =>
      import('./components/TakeawaysExplorerPage').then(
        m => m.TakeawaysExplorerPage,
      ),
  }),
);
