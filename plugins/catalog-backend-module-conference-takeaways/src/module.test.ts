import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleConferenceTakeaways from '.';
import { startExtractionWorkerBeforeAll } from './__testUtils__/sharedExtractionWorker';

const REPORT = `---
title: "KubeCon + CloudNativeCon Europe 2022 — what we brought back"
conference: kubecon-eu-2022
---
## Linkerd is the service mesh people actually enjoy running
Teams moved from Istio to Linkerd because it is small and boring.

Talks:
- "Linkerd in Production" by Speaker One — https://www.youtube.com/watch?v=abcdefghijk
`;

describe('catalogModuleConferenceTakeaways', () => {
  startExtractionWorkerBeforeAll();

  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ct-module-'));
    await writeFile(join(dir, 'kubecon-eu-2022.md'), REPORT);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts with the catalog and ingests reports with their relations', async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleConferenceTakeaways,
        mockServices.rootConfig.factory({
          data: {
            conferenceTakeaways: {
              reports: {
                locations: [{ target: dir }],
                schedule: {
                  frequency: { minutes: 30 },
                  timeout: { minutes: 1 },
                },
              },
            },
          },
        }),
      ],
    });

    const { port } = backend.server.address() as AddressInfo;
    const baseUrl = `http://localhost:${port}`;
    try {
      let takeaways: Entity[] = [];
      for (let attempt = 0; attempt < 100; attempt++) {
        const response = await fetch(
          `${baseUrl}/api/catalog/entities/by-query?filter=kind=takeaway`,
        );
        takeaways = (await response.json()).items ?? [];
        if (takeaways.some(t => t.relations?.length)) {
          break;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
      }

      expect(takeaways).toHaveLength(1);
      const [takeaway] = takeaways;
      expect(takeaway.spec?.headline).toBe(
        'Linkerd is the service mesh people actually enjoy running',
      );
      expect(takeaway.relations).toEqual(
        expect.arrayContaining([
          {
            type: 'takeawayFrom',
            targetRef: 'conference:default/kubecon-eu-2022',
          },
          {
            type: 'citesTalk',
            targetRef: expect.stringMatching(
              /^talk:default\/linkerd-in-production-/,
            ),
          },
        ]),
      );
    } finally {
      await backend.stop();
    }
  });
});
