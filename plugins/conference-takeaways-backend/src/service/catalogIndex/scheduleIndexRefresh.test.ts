import { mockServices } from '@backstage/backend-test-utils';
import {
  SchedulerServiceTaskFunction,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { allEntities } from '../__fixtures__/catalogEntities';
import { CatalogIndex } from './CatalogIndex';
import { IndexSnapshot } from './IndexSnapshot';
import { scheduleIndexRefresh } from './scheduleIndexRefresh';

/** Schedules the refresh and hands back the task's function to run by hand. */
async function scheduled(
  catalog: CatalogService,
  afterRefresh: (snapshot: IndexSnapshot) => void,
) {
  const logger = mockServices.logger.mock();
  const scheduler = mockServices.scheduler.mock();
  let task: SchedulerServiceTaskFunction | undefined;
  scheduler.scheduleTask.mockImplementation(
    async (definition: SchedulerServiceTaskInvocationDefinition) => {
      task = definition.fn as SchedulerServiceTaskFunction;
    },
  );
  const index = new CatalogIndex({
    catalog,
    auth: mockServices.auth(),
    logger,
    maxEntities: 1000,
  });
  await scheduleIndexRefresh({
    index,
    scheduler,
    logger,
    seconds: 30,
    afterRefresh,
  });
  return {
    index,
    logger,
    run: () => task!(new AbortController().signal),
  };
}

describe('scheduleIndexRefresh', () => {
  it('hands each refreshed snapshot to afterRefresh', async () => {
    const seen: IndexSnapshot[] = [];
    const { index, run } = await scheduled(
      catalogServiceMock({ entities: allEntities }),
      snapshot => seen.push(snapshot),
    );

    await run();

    expect(seen).toEqual([await index.snapshot()]);
    expect(seen[0].takeaways.length).toBeGreaterThan(0);
  });

  it('logs a failed refresh and skips afterRefresh', async () => {
    const catalog = catalogServiceMock.mock({
      queryEntities: async () => {
        throw new Error('catalog is down');
      },
      getEntities: async () => {
        throw new Error('catalog is down');
      },
    });
    const afterRefresh = jest.fn();
    const { logger, run } = await scheduled(catalog, afterRefresh);

    await run();

    expect(afterRefresh).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('catalog is down'),
    );
  });
});
