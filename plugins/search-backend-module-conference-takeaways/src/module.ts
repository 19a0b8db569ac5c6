import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { toolDictionaryFromConfig } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ConferenceTakeawaysCollatorFactory } from './collator/ConferenceTakeawaysCollatorFactory';
import { readCollatorSchedule } from './config';

/**
 * Indexes the Conference, Talk and Takeaway entities of the catalog in
 * Backstage search, on the schedule in
 * `search.collators.conferenceTakeaways.schedule`. Tool names and aliases
 * come from the dictionary configured in `conferenceTakeaways.tools`.
 *
 * @public
 */
export const searchModuleConferenceTakeaways = createBackendModule({
  pluginId: 'search',
  moduleId: 'conference-takeaways',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, logger, auth, scheduler, catalog, indexRegistry }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readCollatorSchedule(config),
          ),
          factory: ConferenceTakeawaysCollatorFactory.fromConfig(config, {
            auth,
            catalog,
            // The organisation's tools and spellings, so they are searchable.
            toolDictionary: toolDictionaryFromConfig(config, logger),
          }),
        });
      },
    });
  },
});
