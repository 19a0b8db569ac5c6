import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  conferenceTakeawaysParsersExtensionPoint,
  ReportParser,
  stopExtractionWorkers,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { NewItemsNotifier } from './notifications/NewItemsNotifier';
import { ConferenceTakeawaysEntitiesProcessor } from './processor/ConferenceTakeawaysEntitiesProcessor';
import { CatalogToolEntityIndex } from './processor/ToolEntityIndex';
import { ConferenceTakeawaysEntityProvider } from './provider/ConferenceTakeawaysEntityProvider';

/**
 * Adds the Conference, Talk and Takeaway kinds to the catalog and ingests
 * trip reports from the locations in `conferenceTakeaways.reports`.
 *
 * @public
 */
export const catalogModuleConferenceTakeaways = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'conference-takeaways',
  register(reg) {
    const parsers: ReportParser[] = [];
    reg.registerExtensionPoint(conferenceTakeawaysParsersExtensionPoint, {
      addParser(...added) {
        parsers.push(...added);
      },
    });
    reg.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        database: coreServices.database,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        processing: catalogProcessingExtensionPoint,
        notifications: notificationService,
      },
      async init({
        logger,
        config,
        scheduler,
        urlReader,
        database,
        lifecycle,
        auth,
        catalog,
        processing,
        notifications,
      }) {
        // Reports are parsed in a worker thread that lives on between
        // refreshes; it must not outlive the backend.
        lifecycle.addShutdownHook(() => stopExtractionWorkers());
        const toolEntities = new CatalogToolEntityIndex({
          catalog,
          auth,
          logger,
        });
        processing.addProcessor(
          new ConferenceTakeawaysEntitiesProcessor({ toolEntities }),
        );
        // Owners hear about new takeaways and talks on tools they use.
        const notifier = new NewItemsNotifier({
          notifications,
          catalog,
          auth,
          logger,
        });
        processing.addEntityProvider(
          ConferenceTakeawaysEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            urlReader,
            database,
            parsers,
            catalog,
            auth,
            onItemsAdded: (items, dictionary) =>
              notifier.notify(items, dictionary),
          }),
        );
      },
    });
  },
});
