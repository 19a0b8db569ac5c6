import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

import { rootRouteRef } from './routes';

export const page = PageBlueprint.make({
  params: {
    path: '/conference-takeaways',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/TodoPage').then(m => (
        <m.TodoPage />
      )),
  },
});

export const conferenceTakeawaysPlugin = createFrontendPlugin({
  pluginId: 'conference-takeaways',
  extensions: [page],
  routes: {
    root: rootRouteRef,
  }
});
