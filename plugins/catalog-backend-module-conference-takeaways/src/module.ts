import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ConferenceTakeawaysProvider } from './provider/ConferenceTakeawaysProvider';

export const catalogModuleConferenceTakeaways = createBackendModule({
  moduleId: 'conference-takeaways-provider',
  pluginId: 'catalog',
  register({ registerInit }) {
    registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ logger, scheduler, config, processing }) {
        processing.addEntityProvider(
          ConferenceTakeawaysProvider.fromConfig(config, {
            logger,
            scheduler,
          }),
        );
      }
    });
  },
})
