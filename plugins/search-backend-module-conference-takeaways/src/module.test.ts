import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import searchPlugin from '@backstage/plugin-search-backend';
import {
  kubeconEu2022,
  meshTakeaway,
  meshTalk,
  paymentsService,
} from './__fixtures__/entities';
import searchModuleConferenceTakeaways from '.';

function scheduleConfig(schedule: object) {
  return mockServices.rootConfig.factory({
    data: {
      search: { collators: { conferenceTakeaways: { schedule } } },
    },
  });
}

/** Hands out the search plugin's scheduler so a test can run its tasks. */
function captureSearchScheduler(capture: (s: SchedulerService) => void) {
  return createBackendModule({
    pluginId: 'search',
    moduleId: 'test-scheduler-capture',
    register(reg) {
      reg.registerInit({
        deps: { scheduler: coreServices.scheduler },
        async init({ scheduler }) {
          capture(scheduler);
        },
      });
    },
  });
}

describe('searchModuleConferenceTakeaways', () => {
  it('registers the collator on the search index registry', async () => {
    const indexRegistry = { addCollator: jest.fn(), addDecorator: jest.fn() };

    await startTestBackend({
      extensionPoints: [[searchIndexRegistryExtensionPoint, indexRegistry]],
      features: [searchModuleConferenceTakeaways, catalogServiceMock.factory()],
    });

    expect(indexRegistry.addCollator).toHaveBeenCalledTimes(1);
    expect(indexRegistry.addCollator).toHaveBeenCalledWith({
      factory: expect.objectContaining({ type: 'conference-takeaways' }),
      schedule: expect.objectContaining({ run: expect.any(Function) }),
    });
  });

  it.each([
    [
      'the default schedule',
      [],
      {
        frequency: { minutes: 10 },
        timeout: { minutes: 15 },
        initialDelay: { seconds: 5 },
      },
    ],
    [
      'the configured schedule',
      [scheduleConfig({ frequency: { hours: 1 }, timeout: { minutes: 5 } })],
      { frequency: { hours: 1 }, timeout: { minutes: 5 } },
    ],
  ])('collates on %s', async (_, config, expected) => {
    const scheduler = mockServices.scheduler.mock({
      createScheduledTaskRunner: jest.fn().mockReturnValue({ run: jest.fn() }),
    });

    await startTestBackend({
      extensionPoints: [
        [searchIndexRegistryExtensionPoint, { addCollator: jest.fn() }],
      ],
      features: [
        searchModuleConferenceTakeaways,
        catalogServiceMock.factory(),
        scheduler.factory,
        ...config,
      ],
    });

    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith(expected);
  });

  it('refuses to start with a broken schedule, naming the setting', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [searchIndexRegistryExtensionPoint, { addCollator: jest.fn() }],
        ],
        features: [
          searchModuleConferenceTakeaways,
          catalogServiceMock.factory(),
          scheduleConfig({ frequency: { minutes: 10 }, timeout: 'soon' }),
        ],
      }),
    ).rejects.toThrow(
      /Invalid schedule at search\.collators\.conferenceTakeaways\.schedule/,
    );
  });

  /** Starts search with our module, collates once and returns a query. */
  async function collated(entities: Entity[], config: object = {}) {
    let scheduler: SchedulerService | undefined;
    const backend = await startTestBackend({
      features: [
        searchPlugin,
        searchModuleConferenceTakeaways,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({ data: config }),
        captureSearchScheduler(s => {
          scheduler = s;
        }),
      ],
    });
    // The search plugin schedules its tasks once the backend has started.
    const tasks = await scheduler!.getScheduledTasks();
    const collation = tasks.find(task =>
      task.id.includes('conference_takeaways'),
    );
    await scheduler!.triggerTask(collation!.id);
    const address = backend.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return async (term: string) => {
      const response = await fetch(
        `http://localhost:${port}/api/search/query?term=${encodeURIComponent(
          term,
        )}&types[0]=conference-takeaways`,
      );
      expect(response.status).toBe(200);
      const body = await response.json();
      return body.results.map((result: any) => result.document.location);
    };
  }

  it('finds takeaways by the names and aliases of configured tools', async () => {
    const payMeshTakeaway: Entity = {
      ...meshTakeaway,
      metadata: { ...meshTakeaway.metadata, name: 'paymesh-scales-1a2b3c' },
      spec: {
        ...meshTakeaway.spec,
        headline: 'Our mesh scales',
        summary: 'It held the Black Friday peak.',
        talks: [],
        tools: ['paymesh'],
        subjectTools: ['paymesh'],
      },
    };
    const search = await collated([kubeconEu2022, payMeshTakeaway], {
      conferenceTakeaways: {
        tools: [{ slug: 'paymesh', name: 'PayMesh', aliases: ['pmesh'] }],
      },
    });

    const location = '/catalog/default/takeaway/paymesh-scales-1a2b3c';
    expect(await search('PayMesh')).toEqual([location]);
    expect(await search('pmesh')).toEqual([location]);
  });

  it('makes talks and takeaways findable through the search plugin', async () => {
    let scheduler: SchedulerService | undefined;
    const backend = await startTestBackend({
      features: [
        searchPlugin,
        searchModuleConferenceTakeaways,
        catalogServiceMock.factory({
          entities: [kubeconEu2022, meshTalk, meshTakeaway, paymentsService],
        }),
        captureSearchScheduler(s => {
          scheduler = s;
        }),
      ],
    });
    // The search plugin schedules its tasks once the backend has started.
    const tasks = await scheduler!.getScheduledTasks();
    const collation = tasks.find(task =>
      task.id.includes('conference_takeaways'),
    );
    await scheduler!.triggerTask(collation!.id);
    const address = backend.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const response = await fetch(
      `http://localhost:${port}/api/search/query?term=Hopper&types[0]=conference-takeaways`,
    );

    expect(response.status).toBe(200);
    const body = await response.json();
    expect(
      body.results.map((result: any) => result.document.location).sort(),
    ).toEqual([
      '/catalog/default/takeaway/linkerd-is-the-mesh-people-enjoy-9f8e7d',
      '/catalog/default/talk/service-mesh-without-the-pain-0a1b2c',
    ]);
    expect(body.results[0].type).toBe('conference-takeaways');
  });
});
