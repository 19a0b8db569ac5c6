import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { CatalogIndex } from './CatalogIndex';
import { IndexSnapshot } from './IndexSnapshot';

/**
 * Refreshes the index every `seconds` on this instance (each backend
 * instance keeps its own copy in memory, hence `scope: 'local'`). The first
 * load starts at once; requests before it ends wait for it.
 */
export async function scheduleIndexRefresh(options: {
  index: CatalogIndex;
  scheduler: SchedulerService;
  logger: LoggerService;
  seconds: number;
  /**
   * Runs after each refresh, e.g. to build what is derived per snapshot
   * here rather than in the first request after a change.
   */
  afterRefresh?: (snapshot: IndexSnapshot) => void;
}): Promise<void> {
  const { index, logger } = options;
  await options.scheduler.scheduleTask({
    id: 'conference-takeaways-catalog-index',
    scope: 'local',
    frequency: { seconds: options.seconds },
    timeout: { minutes: 10 },
    fn: async () => {
      try {
        options.afterRefresh?.(await index.refresh());
      } catch (error) {
        // The last good view stays in use; the next run tries again.
        logger.warn(`Could not refresh the catalog index: ${error}`);
      }
    },
  });
}
