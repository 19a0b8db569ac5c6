import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startExtractionWorkerBeforeAll } from '../__testUtils__/sharedExtractionWorker';
import { ConferenceTakeawaysEntityProvider } from '../provider/ConferenceTakeawaysEntityProvider';
import { NewItemsNotifier } from './NewItemsNotifier';

const FIRST_REPORT = `---
title: "KubeCon Europe 2022 — what we brought back"
conference: kubecon-eu-2022
author: Jane Doe
date: 2022-06-01
---
## Linkerd is the service mesh people actually enjoy running
Teams moved to Linkerd because it is small and boring.
`;

const LINKERD_REPORT = `---
title: "KubeCon North America 2023 — notes"
conference: kubecon-na-2023
author: John Roe
date: 2023-11-20
---
## Linkerd multi-cluster needs no gateways any more
Flat networks let Linkerd mirror services across clusters directly.

Talks:
- "Linkerd Across Clusters" by Speaker Two — https://www.youtube.com/watch?v=bcdefghijkl

## Argo CD rollbacks are one click
Argo CD keeps every synced revision, so rolling back is a click.
`;

function component(
  name: string,
  owner: string,
  metadata: Partial<Entity['metadata']>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', title: name, ...metadata },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

const catalogEntities = [
  // The payments team runs Linkerd in two services...
  component('payments', 'payments-team', { tags: ['linkerd'] }),
  component('ledger', 'payments-team', {
    annotations: { 'conference-takeaways.dev/tools': 'linkerd' },
  }),
  // ...the delivery team runs Argo CD, the data team nothing reported on.
  component('deployer', 'delivery-team', { tags: ['argo-cd'] }),
  component('warehouse', 'data-team', { tags: ['postgresql'] }),
];

const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });

startExtractionWorkerBeforeAll();

describe('notifications of new takeaways', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ct-notify-'));
    await writeFile(join(dir, 'kubecon-eu-2022.md'), FIRST_REPORT);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function setup(send: jest.Mock = jest.fn()) {
    const logger = mockServices.logger.mock();
    const run = jest.fn();
    const notifier = new NewItemsNotifier({
      notifications: { send },
      catalog: catalogServiceMock({ entities: catalogEntities }),
      auth: mockServices.auth(),
      logger,
    });
    // The provider does not wait for the listener; the test does.
    const announced: Promise<unknown>[] = [];
    const provider = ConferenceTakeawaysEntityProvider.fromConfig(
      new ConfigReader({
        conferenceTakeaways: { reports: { locations: [{ target: dir }] } },
      }),
      {
        logger,
        scheduler: mockServices.scheduler.mock({
          createScheduledTaskRunner: () => ({ run }),
        }),
        urlReader: mockServices.urlReader.mock(),
        database: mockServices.database({
          knex: await sqlite.init('SQLITE_3'),
        }),
        onItemsAdded: (items, dictionary) => {
          const done = notifier.notify(items, dictionary);
          announced.push(done);
          return done;
        },
      },
    );
    const applyMutation = jest.fn();
    await provider.connect({ applyMutation, refresh: jest.fn() });
    const refresh = async () => {
      const summary = await provider.refresh();
      await Promise.allSettled(announced.splice(0));
      return summary;
    };
    return { refresh, send, logger, applyMutation, announced };
  }

  const sentTo = (send: jest.Mock) =>
    send.mock.calls.map(
      ([options]: [NotificationSendOptions]) =>
        options.recipients.type === 'entity' && options.recipients.entityRef,
    );

  it('tells nobody about what the first read of a location finds', async () => {
    const { refresh, send } = await setup();

    await refresh();

    expect(send).not.toHaveBeenCalled();
  });

  it('sends each owner of a user of the tools one grouped notification', async () => {
    const { refresh, send } = await setup();
    await refresh();

    await writeFile(join(dir, 'kubecon-na-2023.md'), LINKERD_REPORT);
    await refresh();

    expect(sentTo(send).sort()).toEqual([
      'group:default/delivery-team',
      'group:default/payments-team',
    ]);
    const payments = send.mock.calls
      .map(([options]) => options as NotificationSendOptions)
      .find(o => (o.recipients as any).entityRef.includes('payments'))!;
    expect(payments.payload).toMatchObject({
      title: 'New from conferences: 1 takeaway and 1 talk about Linkerd',
      topic: 'Conference takeaways',
      // Two of its services use Linkerd: the team's tab ranks for both.
      link: '/catalog/default/group/payments-team/conference-takeaways',
    });
    expect(payments.payload.description).toContain(
      'Used by ledger and payments.',
    );
    expect(payments.payload.description).toContain(
      'Linkerd multi-cluster needs no gateways any more',
    );
    expect(payments.payload.description).not.toContain('Argo CD');
    const delivery = send.mock.calls
      .map(([options]) => options as NotificationSendOptions)
      .find(o => (o.recipients as any).entityRef.includes('delivery'))!;
    expect(delivery.payload.link).toBe(
      '/catalog/default/component/deployer/conference-takeaways',
    );
  });

  it('sends nothing when a refresh adds nothing', async () => {
    const { refresh, send } = await setup();
    await refresh();
    await writeFile(join(dir, 'kubecon-na-2023.md'), LINKERD_REPORT);
    await refresh();
    send.mockClear();

    await refresh();

    expect(send).not.toHaveBeenCalled();
  });

  it('keeps ingesting, and tells the other owners, when sending fails', async () => {
    const send = jest
      .fn()
      .mockImplementation(async (options: NotificationSendOptions) => {
        if ((options.recipients as any).entityRef.includes('delivery')) {
          throw new Error('notifications backend is down');
        }
      });
    const { refresh, logger, applyMutation } = await setup(send);
    await refresh();
    await writeFile(join(dir, 'kubecon-na-2023.md'), LINKERD_REPORT);

    const summary = await refresh();

    expect(summary.failedLocations).toEqual([]);
    const headlines = applyMutation.mock.calls
      .at(-1)[0]
      .entities.map((d: { entity: Entity }) => d.entity.spec?.headline)
      .filter(Boolean);
    expect(headlines).toContain('Argo CD rollbacks are one click');
    expect(sentTo(send).sort()).toEqual([
      'group:default/delivery-team',
      'group:default/payments-team',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /Could not notify group:default\/delivery-team .*notifications backend is down/,
      ),
    );
  });

  it('keeps ingesting when the catalog cannot say who uses what', async () => {
    const { refresh, applyMutation, logger } = await setup();
    await refresh();
    await writeFile(join(dir, 'kubecon-na-2023.md'), LINKERD_REPORT);
    jest
      .spyOn(NewItemsNotifier.prototype, 'notify')
      .mockRejectedValueOnce(new Error('catalog unavailable'));

    await refresh();

    expect(applyMutation).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/Could not announce .*catalog unavailable/),
    );
  });
});
