import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { toolDictionaryFromConfig } from './service/toolDictionaryFromConfig';
import { createRouter } from './service/router';

/**
 * The conference-takeaways backend plugin: ranks conference takeaways and
 * talks for catalog entities by the tools they use.
 *
 * @public
 */
export const conferenceTakeawaysPlugin = createBackendPlugin({
  pluginId: 'conference-takeaways',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({ config, httpAuth, httpRouter, catalog }) {
        const dictionary = toolDictionaryFromConfig(config);
        httpRouter.use(await createRouter({ httpAuth, catalog, dictionary }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
