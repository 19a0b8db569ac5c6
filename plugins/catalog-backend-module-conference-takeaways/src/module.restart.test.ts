import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Knex } from 'knex';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabases } from './__testUtils__/testDatabases';
import catalogModuleConferenceTakeaways from '.';
import { startExtractionWorkerBeforeAll } from './__testUtils__/sharedExtractionWorker';

const report = (conference: string, headline: string) => `---
title: "Notes from ${conference}"
conference: ${conference}
date: 2022-06-01
---
## ${headline}
Several teams told us so.
`;

/** One backend run on the given database, with two report directories. */
async function startPortal(knex: Knex, locations: string[]) {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleConferenceTakeaways,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          conferenceTakeaways: {
            reports: {
              locations: locations.map(target => ({ target })),
              schedule: { frequency: { minutes: 30 }, timeout: { minutes: 1 } },
            },
          },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  /** Takeaway headlines once `until` holds for them (or after 20 s). */
  const takeawaysWhen = async (until: (headlines: string[]) => boolean) => {
    let headlines: string[] = [];
    for (let attempt = 0; attempt < 200; attempt++) {
      const response = await fetch(
        `http://localhost:${port}/api/catalog/entities/by-query?filter=kind=takeaway&limit=100`,
      );
      const items: Entity[] = (await response.json()).items ?? [];
      headlines = items.map(t => String(t.spec?.headline)).sort();
      if (until(headlines)) {
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    return headlines;
  };
  return { backend, takeawaysWhen };
}

describe('catalogModuleConferenceTakeaways across a restart', () => {
  startExtractionWorkerBeforeAll();

  const databases = createTestDatabases('The module restart test');
  let dirA: string;
  let dirB: string;

  beforeEach(async () => {
    dirA = await mkdtemp(join(tmpdir(), 'ct-restart-a-'));
    dirB = await mkdtemp(join(tmpdir(), 'ct-restart-b-'));
    await writeFile(
      join(dirA, 'eu.md'),
      report('kubecon-eu-2022', 'Linkerd is boring in the good way'),
    );
    await writeFile(
      join(dirB, 'na.md'),
      report('kubecon-na-2019', 'Cilium makes eBPF approachable'),
    );
  });

  afterEach(async () => {
    await rm(dirA, { recursive: true, force: true });
    await rm(dirB, { recursive: true, force: true });
  });

  it.each(databases.eachSupportedId())(
    'keeps the takeaways of a location that is down after a restart on %s',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const first = await startPortal(knex, [dirA, dirB]);
      try {
        expect(await first.takeawaysWhen(h => h.length === 2)).toEqual([
          'Cilium makes eBPF approachable',
          'Linkerd is boring in the good way',
        ]);
      } finally {
        await first.backend.stop();
      }

      // B goes down; A gets a new report, which shows when the refresh ran.
      await rm(dirB, { recursive: true, force: true });
      await writeFile(
        join(dirA, 'eu-more.md'),
        report('kubecon-eu-2022', 'OpenTelemetry is ready for traces'),
      );
      const second = await startPortal(knex, [dirA, dirB]);
      try {
        const headlines = await second.takeawaysWhen(h =>
          h.includes('OpenTelemetry is ready for traces'),
        );
        // Give a wrong full mutation time to delete B's entities.
        await new Promise(resolve => setTimeout(resolve, 1000));
        expect(headlines).toContain('OpenTelemetry is ready for traces');
        expect(await second.takeawaysWhen(() => true)).toEqual([
          'Cilium makes eBPF approachable',
          'Linkerd is boring in the good way',
          'OpenTelemetry is ready for traces',
        ]);
      } finally {
        await second.backend.stop();
      }
    },
    60_000,
  );
});
