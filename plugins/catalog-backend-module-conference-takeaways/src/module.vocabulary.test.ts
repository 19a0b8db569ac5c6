import { SchedulerServiceTaskFunction } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import catalogModuleConferenceTakeaways from '.';

// Three names no dictionary knows: only the organisation's vocabulary can
// make them tools.
const REPORT = `---
title: "KubeCon Europe 2022 notes"
conference: kubecon-eu-2022
date: 2022-05-20
---
## Our own mesh holds up against the big ones
Comparing Acme Mesh with Linkerd, QuokkaQ and Zebra Proxy in staging, Acme
Mesh kept up with every one of them.
`;

const component = (name: string, annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:platform' },
});

const PAYMENTS = component('payments', {
  'conference-takeaways.dev/tools': 'linkerd, QuokkaQ',
});
const ACME_MESH = {
  ...component('acme-mesh', { 'conference-takeaways.dev/tool': 'acme-mesh' }),
  metadata: {
    name: 'acme-mesh',
    title: 'Acme Mesh',
    annotations: { 'conference-takeaways.dev/tool': 'acme-mesh' },
  },
};

const RADAR = {
  quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
  rings: [{ id: 'trial', name: 'TRIAL', color: '#009EB0' }],
  entries: [
    {
      id: 'zebra-proxy',
      title: 'Zebra Proxy',
      quadrant: 'infrastructure',
      timeline: [{ date: '2022-01-01', ringId: 'trial' }],
    },
  ],
};

describe('catalogModuleConferenceTakeaways with the organisation vocabulary', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ct-vocabulary-'));
    await writeFile(join(dir, 'kubecon-eu-2022.md'), REPORT);
    await writeFile(join(dir, 'org.json'), JSON.stringify(PAYMENTS));
    await writeFile(join(dir, 'radar.json'), JSON.stringify(RADAR));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // One database (SQLite) is enough: this is about what extraction knows,
  // which the database does not change; the restart test covers both.
  it('finds tools that exist only in the catalog and radar, and re-parses an unchanged report when a tool entity is added', async () => {
    const refreshes: SchedulerServiceTaskFunction[] = [];
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleConferenceTakeaways,
        // Refreshes run when the test says, not on a clock.
        mockServices.scheduler.mock({
          createScheduledTaskRunner: () => ({
            run: async task => {
              refreshes.push(task.fn);
            },
          }),
        }).factory,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              processingInterval: { seconds: 1 },
              locations: [{ type: 'file', target: join(dir, 'org.json') }],
            },
            conferenceTakeaways: {
              radar: { location: join(dir, 'radar.json') },
              reports: {
                // Only the Markdown report: the catalog reads org.json.
                locations: [{ target: join(dir, 'kubecon-eu-2022.md') }],
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
    /**
     * Refreshes until the takeaway's tools satisfy `until` (or 30 s passed):
     * the catalog processes org.json in its own time.
     */
    const toolsWhen = async (until: (tools: string[]) => boolean) => {
      let tools: string[] = [];
      for (let attempt = 0; attempt < 60; attempt++) {
        await Promise.all(
          refreshes.map(refresh => refresh(new AbortController().signal)),
        );
        const response = await fetch(
          `http://localhost:${port}/api/catalog/entities/by-query?filter=kind=takeaway`,
        );
        const items: Entity[] = (await response.json()).items ?? [];
        tools = ((items[0]?.spec?.tools as string[]) ?? []).slice().sort();
        if (until(tools)) {
          break;
        }
        await new Promise(resolve => setTimeout(resolve, 500));
      }
      return tools;
    };

    try {
      // The component's tools annotation and the radar count from the start;
      // Acme Mesh is no tool until its entity exists.
      expect(
        await toolsWhen(
          t => t.includes('quokkaq') && t.includes('zebra-proxy'),
        ),
      ).toEqual(['linkerd', 'quokkaq', 'zebra-proxy']);

      // The report stays as it is; the catalog gains the tool entity.
      await writeFile(
        join(dir, 'org.json'),
        // one YAML document per entity (JSON is YAML)
        [PAYMENTS, ACME_MESH].map(e => JSON.stringify(e)).join('\n---\n'),
      );
      expect(await toolsWhen(t => t.includes('acme-mesh'))).toEqual([
        'acme-mesh',
        'linkerd',
        'quokkaq',
        'zebra-proxy',
      ]);
    } finally {
      await backend.stop();
    }
  }, 60_000);
});
