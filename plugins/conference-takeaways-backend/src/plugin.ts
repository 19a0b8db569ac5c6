import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { conferenceTakeawaysPermissions } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { toolDictionaryFromConfig } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { registerActions } from './actions/registerActions';
import { CitationStore } from './citations/CitationStore';
import { CitedRadarSource } from './citations/CitedRadarSource';
import { connectDatabase } from './citations/connectDatabase';
import { createCitationsRouter } from './citations/createCitationsRouter';
import { ProposalStore } from './citations/ProposalStore';
import { createPreviewRouter } from './preview/createPreviewRouter';
import { RadarService } from './service/radar/RadarService';
import { RadarSource } from './service/radar/RadarSource';
import { readCatalogSettings } from './service/catalog/catalogSettings';
import { limitCatalogRequests } from './service/catalog/limitCatalogRequests';
import { CatalogIndex } from './service/catalogIndex/CatalogIndex';
import { scheduleIndexRefresh } from './service/catalogIndex/scheduleIndexRefresh';
import { exploreCatalogOf } from './service/explore/exploreRecords';
import { rankingIndexOf } from './service/rankingIndexOf';
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
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({
        config,
        auth,
        scheduler,
        permissions,
        permissionsRegistry,
        database,
        httpAuth,
        httpRouter,
        logger,
        urlReader,
        catalog,
        actionsRegistry,
      }) {
        const dictionary = toolDictionaryFromConfig(config, logger);
        permissionsRegistry.addPermissions(conferenceTakeawaysPermissions);
        const radarFile = RadarSource.fromConfig(config, { urlReader, logger });
        const db = await connectDatabase(database);
        const citations = new CitationStore(db);
        // Everything below reads the radar with the portal's citations merged in.
        const radar = new CitedRadarSource({
          file: radarFile,
          citations,
          logger,
        });
        const limits = readResponseLimits(config, logger);
        const settings = readCatalogSettings(config, logger);
        // Every catalog request of the plugin goes through one bound, so a
        // burst of page views cannot flood the catalog and its permission
        // checks.
        const limitedCatalog = limitCatalogRequests(
          catalog,
          settings.maxConcurrentRequests,
        );
        const index = new CatalogIndex({
          catalog: limitedCatalog,
          auth,
          logger,
          maxEntities: settings.indexMaxEntities,
        });
        await scheduleIndexRefresh({
          index,
          scheduler,
          logger,
          seconds: settings.indexRefreshSeconds,
          // Relevance and the explorer derive their indexes once per
          // snapshot; building them here keeps that cost off page views.
          afterRefresh: snapshot => {
            rankingIndexOf(snapshot, dictionary);
            exploreCatalogOf(snapshot, dictionary);
          },
        });
        // Read the radar once now, so a wrong location or a broken file is
        // logged at startup rather than on the first page view.
        void radar.load();
        httpRouter.use(
          await createRouter({
            httpAuth,
            auth,
            catalog: limitedCatalog,
            index,
            permissions,
            catalogSettings: settings,
            dictionary,
            radar,
            logger,
            limits,
          }),
        );
        httpRouter.use(
          createCitationsRouter({
            httpAuth,
            permissions,
            catalog: limitedCatalog,
            radar,
            citations,
            proposals: new ProposalStore(db),
            dictionary,
          }),
        );
        httpRouter.use(
          createPreviewRouter({
            config,
            httpAuth,
            urlReader,
            logger,
            dictionary,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        registerActions({
          actionsRegistry,
          catalog,
          dictionary,
          radar: new RadarService({
            source: radar,
            catalog,
            dictionary,
            logger,
            maxListed: limits.maxListed,
          }),
          maxItems: limits.maxPageSize,
          now: () => new Date(),
        });
      },
    });
  },
});
