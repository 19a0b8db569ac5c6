import {
  BackendFeature,
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import searchPlugin from '@backstage/plugin-search-backend';
import catalogModuleConferenceTakeaways from '@conference-takeaways/backstage-plugin-catalog-backend-module-conference-takeaways';
import conferenceTakeawaysPlugin from '@conference-takeaways/backstage-plugin-conference-takeaways-backend';
import searchModuleConferenceTakeaways from '@conference-takeaways/backstage-plugin-search-backend-module-conference-takeaways';
import { Knex } from 'knex';
import { AddressInfo } from 'node:net';
import { exampleCatalogConfig, examplePaths } from './examplePortal';
import { pluginAwareMockAuthFactory } from './pluginAwareMockAuth';
import { waitFor } from './waitFor';

/** Scheduled task ids of our catalog provider and search collator. */
export const TASKS = {
  ingestReports: 'ConferenceTakeawaysEntityProvider:default:refresh',
  indexSearch: 'search_index_conference_takeaways',
};

export interface PortalTestBackendOptions {
  /** The database every plugin uses; an in-memory SQLite when absent. */
  knex?: Knex;
  /** A permission policy module; permissions are enabled when given. */
  permissionPolicy?: BackendFeature;
}

export interface PortalTestBackend {
  backend: TestBackend;
  baseUrl: string;
  /** Runs a scheduled task now and waits for it to finish. */
  runTask(id: string): Promise<void>;
}

/**
 * Starts the catalog with our module, our backend plugin, search with our
 * collator (Lunr engine) and, when a policy is given, the permission
 * backend, all on the example data. Requests without an Authorization
 * header are unauthenticated (not the mock user), as in production.
 *
 * Scheduled tasks do not run by themselves: tests run them with `runTask`,
 * so ingestion and indexing happen exactly when a test expects them.
 */
export async function startPortalTestBackend(
  options: PortalTestBackendOptions = {},
): Promise<PortalTestBackend> {
  let scheduler: SchedulerService | undefined;
  const schedulerProbe = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-scheduler-probe',
    register(reg) {
      reg.registerInit({
        deps: { service: coreServices.scheduler },
        async init({ service }) {
          scheduler = service;
        },
      });
    },
  });
  const longSchedule = {
    frequency: { hours: 24 },
    timeout: { minutes: 2 },
  };

  const backend = await startTestBackend({
    features: [
      mockServices.rootConfig.factory({
        data: {
          catalog: exampleCatalogConfig(),
          conferenceTakeaways: {
            reports: {
              locations: [{ target: examplePaths.reports }],
              schedule: longSchedule,
            },
            radar: { location: examplePaths.radar },
          },
          search: {
            collators: { conferenceTakeaways: { schedule: longSchedule } },
          },
          permission: { enabled: Boolean(options.permissionPolicy) },
        },
      }),
      pluginAwareMockAuthFactory,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      // One scheduler instance for all plugins; nothing runs on startup.
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
      schedulerProbe,
      catalogPlugin,
      catalogModuleConferenceTakeaways,
      conferenceTakeawaysPlugin,
      searchPlugin,
      searchModuleConferenceTakeaways,
      ...(options.permissionPolicy
        ? [permissionPlugin, options.permissionPolicy]
        : []),
    ],
  });

  const { port } = backend.server.address() as AddressInfo;
  return {
    backend,
    baseUrl: `http://localhost:${port}`,
    async runTask(id: string) {
      // Tasks are registered while plugins start; until this one is,
      // triggering it fails with NotFoundError and is retried.
      await waitFor(`scheduled task ${id}`, async () => {
        await scheduler!.triggerTask(id);
        return true;
      });
    },
  };
}
