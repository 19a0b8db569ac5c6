import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { toolDictionaryFromConfig } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { RadarSource } from './service/radar/RadarSource';
import { readResponseLimits } from './service/responseLimits';
import { createRouter } from './service/router';

/**
 * The conference-takeaways backend plugin: ranks conference takeaways and
 * talks for catalog entities by the tools they use, and serves the
 * organisation's tech radar linked to them.
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
        logger: coreServices.logger,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
      },
      async init({ config, httpAuth, httpRouter, logger, urlReader, catalog }) {
        const dictionary = toolDictionaryFromConfig(config, logger);
        const radar = RadarSource.fromConfig(config, { urlReader, logger });
        const limits = readResponseLimits(config, logger);
        // Read the radar once now, so a wrong location or a broken file is
        // logged at startup rather than on the first page view.
        void radar.load();
        httpRouter.use(
          await createRouter({
            httpAuth,
            catalog,
            dictionary,
            radar,
            logger,
            limits,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
