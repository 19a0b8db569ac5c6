import { UrlReaderService } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { NotModifiedError } from '@backstage/errors';
import {
  DeferredEntity,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConferenceTakeawaysEntityProvider } from './ConferenceTakeawaysEntityProvider';
import { startExtractionWorkerBeforeAll } from '../__testUtils__/sharedExtractionWorker';

const REPORT = `---
title: "KubeCon + CloudNativeCon Europe 2022 — what we brought back"
conference: kubecon-eu-2022
author: Jane Doe
date: 2022-06-01
---
We sent four people to Valencia.

## Linkerd is the service mesh people actually enjoy running
Teams moved from Istio to Linkerd because it is small and boring.

Talks:
- "Linkerd in Production" by Speaker One — https://www.youtube.com/watch?v=abcdefghijk

## OpenTelemetry is ready for traces
The collector is the piece to standardise on.
`;

const DESCRIPTOR = `apiVersion: conference-takeaways.dev/v1alpha1
kind: Conference
metadata:
  name: kubecon-eu-2022
  title: KubeCon + CloudNativeCon Europe 2022
spec:
  series: KubeCon + CloudNativeCon
  region: Europe
  city: Valencia
  year: 2022
`;

// Unit tests of reading and merging; persistence across restarts is tested
// on every database in ConferenceTakeawaysEntityProvider.lastGood.test.ts.
const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });
const database = async () =>
  mockServices.database({ knex: await sqlite.init('SQLITE_3') });

interface Setup {
  provider: ConferenceTakeawaysEntityProvider;
  logger: ReturnType<typeof mockServices.logger.mock>;
  applyMutation: jest.Mock;
  /** The function the provider scheduled. */
  scheduledTask: () => Promise<void>;
  /** Entities of the last mutation, by ref. */
  lastEntities: () => Map<string, DeferredEntity>;
}

async function setup(
  locations: string[],
  urlReader: UrlReaderService = mockServices.urlReader.mock(),
  tools?: unknown[],
): Promise<Setup> {
  const logger = mockServices.logger.mock();
  const run = jest.fn();
  const scheduler = mockServices.scheduler.mock({
    createScheduledTaskRunner: () => ({ run }),
  });
  const provider = ConferenceTakeawaysEntityProvider.fromConfig(
    new ConfigReader({
      conferenceTakeaways: {
        reports: { locations: locations.map(target => ({ target })) },
        ...(tools ? { tools } : {}),
      },
    } as any),
    { logger, scheduler, urlReader, database: await database() },
  );
  const applyMutation = jest.fn();
  const connection: EntityProviderConnection = {
    applyMutation,
    refresh: jest.fn(),
  };
  await provider.connect(connection);
  expect(run).toHaveBeenCalledTimes(1);
  return {
    provider,
    logger,
    applyMutation,
    scheduledTask: run.mock.calls[0][0].fn,
    lastEntities: () => {
      const mutation = applyMutation.mock.calls.at(-1)[0];
      expect(mutation.type).toBe('full');
      return new Map(
        mutation.entities.map((d: DeferredEntity) => [
          stringifyEntityRef(d.entity),
          d,
        ]),
      );
    },
  };
}

const kindsOf = (entities: Map<string, DeferredEntity>) =>
  [...entities.values()].map(d => d.entity.kind).sort();

const takeawayHeadlines = (entities: Map<string, DeferredEntity>) =>
  [...entities.values()]
    .filter(d => d.entity.kind === 'Takeaway')
    .map(d => d.entity.spec?.headline)
    .sort();

const warnings = (logger: Setup['logger']) =>
  logger.warn.mock.calls.map(call => String(call[0]));

startExtractionWorkerBeforeAll();

describe('ConferenceTakeawaysEntityProvider', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ct-provider-'));
    await mkdir(join(dir, 'reports'));
    await writeFile(join(dir, 'reports/kubecon-eu-2022.md'), REPORT);
    await writeFile(join(dir, 'kubecon-eu-2022.yaml'), DESCRIPTOR);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('with a local directory', () => {
    it('submits the extracted entities with location annotations and key', async () => {
      const { provider, lastEntities } = await setup([dir]);

      const summary = await provider.refresh();

      expect(summary).toEqual({
        locations: 1,
        parsedLocations: 1,
        filesParsed: 2,
        entities: 4,
        problems: 0,
        failedLocations: [],
      });
      const entities = lastEntities();
      expect(kindsOf(entities)).toEqual([
        'Conference',
        'Takeaway',
        'Takeaway',
        'Talk',
      ]);
      expect(takeawayHeadlines(entities)).toEqual([
        'Linkerd is the service mesh people actually enjoy running',
        'OpenTelemetry is ready for traces',
      ]);
      for (const { entity, locationKey } of entities.values()) {
        expect(locationKey).toBe(`conference-takeaways-provider:file:${dir}`);
        expect(entity.metadata.annotations).toMatchObject({
          'backstage.io/managed-by-origin-location': `file:${dir}`,
          'backstage.io/managed-by-location': expect.stringMatching(/^file:/),
        });
      }
      const takeaway = [...entities.values()].find(
        d => d.entity.kind === 'Takeaway',
      )!.entity;
      expect(
        takeaway.metadata.annotations!['backstage.io/managed-by-location'],
      ).toBe(`file:${join(dir, 'reports/kubecon-eu-2022.md')}`);
      // The descriptor's details survive the merge with the report's reference.
      expect(
        entities.get('conference:default/kubecon-eu-2022')?.entity.spec,
      ).toMatchObject({ city: 'Valencia', year: 2022 });
    });

    it('parses nothing when nothing changed, and resubmits the same entities', async () => {
      const { provider, applyMutation, logger } = await setup([dir]);
      await provider.refresh();
      const first = applyMutation.mock.calls[0][0];

      const summary = await provider.refresh();

      expect(summary.filesParsed).toBe(0);
      expect(summary.parsedLocations).toBe(0);
      expect(applyMutation).toHaveBeenCalledTimes(2);
      expect(applyMutation.mock.calls[1][0]).toEqual(first);
      expect(logger.info).toHaveBeenLastCalledWith(
        'Parsed 0 files in 0 changed of 1 locations; submitted 4 entities',
      );
    });

    it('parses again after a file changed', async () => {
      const { provider, lastEntities } = await setup([dir]);
      await provider.refresh();
      await writeFile(
        join(dir, 'reports/kubecon-eu-2022.md'),
        `${REPORT}\n## Gateway API replaces Ingress\nEveryone is migrating.\n`,
      );

      const summary = await provider.refresh();

      expect(summary.filesParsed).toBe(2);
      expect(takeawayHeadlines(lastEntities())).toContain(
        'Gateway API replaces Ingress',
      );
    });

    it('warns about a broken file by name and still ingests the others', async () => {
      await writeFile(join(dir, 'broken.yaml'), 'kind: [unclosed\n  - :');
      const { provider, logger, lastEntities } = await setup([dir]);

      const summary = await provider.refresh();

      expect(summary.problems).toBeGreaterThan(0);
      expect(warnings(logger)).toContainEqual(
        expect.stringMatching(/^Trip report broken\.yaml in .*ct-provider-/),
      );
      expect(takeawayHeadlines(lastEntities())).toHaveLength(2);
    });

    it('picks up a directory that appears after startup', async () => {
      const later = join(dir, 'later');
      const { provider, logger, lastEntities, applyMutation } = await setup([
        later,
      ]);
      expect(warnings(logger)).toContainEqual(
        expect.stringContaining('does not exist'),
      );

      await provider.refresh();
      // Never read, so whatever the catalog holds for it is left alone.
      expect(applyMutation).toHaveBeenLastCalledWith({
        type: 'delta',
        added: [],
        removed: [],
      });
      expect(warnings(logger)).toContainEqual(
        expect.stringMatching(/^Could not read trip reports from .*later/),
      );

      await mkdir(later);
      await writeFile(join(later, 'kubecon-eu-2022.md'), REPORT);
      await provider.refresh();
      expect(takeawayHeadlines(lastEntities())).toHaveLength(2);
    });

    it('keeps the last good entities when the directory disappears', async () => {
      const { provider, logger, lastEntities } = await setup([dir]);
      await provider.refresh();
      const before = lastEntities();
      await rm(dir, { recursive: true, force: true });

      const summary = await provider.refresh();

      expect(summary.failedLocations).toEqual([dir]);
      expect(lastEntities()).toEqual(before);
      expect(warnings(logger)).toContainEqual(
        expect.stringContaining('keeping its 4 entities'),
      );
    });
  });

  describe('with a URL', () => {
    const url = 'https://github.com/acme/trips/tree/main/reports';

    function tree(etag: string, files: Record<string, string>) {
      return {
        etag,
        files: async () =>
          Object.entries(files).map(([path, content]) => ({
            path,
            content: async () => Buffer.from(content),
          })),
        archive: async () => {
          throw new Error('not used');
        },
        dir: async () => {
          throw new Error('not used');
        },
      };
    }

    it('reads the tree and annotates entities with url locations', async () => {
      const urlReader = mockServices.urlReader.mock({
        readTree: jest
          .fn()
          .mockResolvedValue(
            tree('etag-1', { 'eu/kubecon-eu-2022.md': REPORT }),
          ),
      });
      const { provider, lastEntities } = await setup([url], urlReader);

      await provider.refresh();

      expect(urlReader.readTree).toHaveBeenCalledWith(
        url,
        expect.objectContaining({ etag: undefined }),
      );
      const takeaway = [...lastEntities().values()].find(
        d => d.entity.kind === 'Takeaway',
      )!.entity;
      expect(takeaway.metadata.annotations).toMatchObject({
        'backstage.io/managed-by-location': `url:${url}/eu/kubecon-eu-2022.md`,
        'backstage.io/managed-by-origin-location': `url:${url}`,
        'conference-takeaways.dev/source-report': `${url}/eu/kubecon-eu-2022.md`,
      });
    });

    it('asks with the last etag and reuses entities on NotModifiedError', async () => {
      const readTree = jest
        .fn()
        .mockResolvedValueOnce(tree('etag-1', { 'kubecon-eu-2022.md': REPORT }))
        .mockRejectedValueOnce(new NotModifiedError('unchanged'));
      const { provider, logger, lastEntities } = await setup(
        [url],
        mockServices.urlReader.mock({ readTree }),
      );
      await provider.refresh();
      const before = lastEntities();

      const summary = await provider.refresh();

      expect(readTree).toHaveBeenLastCalledWith(
        url,
        expect.objectContaining({ etag: 'etag-1' }),
      );
      expect(summary).toMatchObject({ filesParsed: 0, failedLocations: [] });
      expect(lastEntities()).toEqual(before);
      expect(logger.warn).not.toHaveBeenCalled();
    });

    it('keeps the last good entities while the URL is unreachable', async () => {
      const readTree = jest
        .fn()
        .mockResolvedValueOnce(tree('etag-1', { 'kubecon-eu-2022.md': REPORT }))
        .mockRejectedValueOnce(new Error('getaddrinfo ENOTFOUND github.com'));
      const { provider, logger, lastEntities } = await setup(
        [url, dir],
        mockServices.urlReader.mock({ readTree }),
      );
      await provider.refresh();
      const before = lastEntities();

      const summary = await provider.refresh();

      expect(summary.failedLocations).toEqual([url]);
      expect(lastEntities()).toEqual(before);
      expect(warnings(logger)).toContainEqual(
        `Could not read trip reports from ${url} (conferenceTakeaways.reports.locations[0].target): getaddrinfo ENOTFOUND github.com; keeping its 4 entities from the last successful read`,
      );
    });

    it('skips oversized files from the tree with a warning', async () => {
      const logger = mockServices.logger.mock();
      const provider = ConferenceTakeawaysEntityProvider.fromConfig(
        new ConfigReader({
          conferenceTakeaways: {
            reports: { locations: [{ target: url }], maxFileBytes: 2000 },
          },
        }),
        {
          logger,
          scheduler: mockServices.scheduler.mock({
            createScheduledTaskRunner: () => ({ run: jest.fn() }),
          }),
          urlReader: mockServices.urlReader.mock({
            readTree: jest.fn().mockResolvedValue(
              tree('etag-1', {
                'huge.md': 'x'.repeat(5000),
                'kubecon-eu-2022.md': REPORT,
              }),
            ),
          }),
          database: await database(),
        },
      );
      await provider.connect({ applyMutation: jest.fn(), refresh: jest.fn() });

      const summary = await provider.refresh();

      expect(summary.filesParsed).toBe(1);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^Trip report huge\.md in .*: file is 5000 bytes/,
        ),
      );
    });
  });

  describe('with a single file at a URL', () => {
    const url = 'https://reports.example.com/trips/kubecon-eu-2022.md';

    it('reads it with readUrl, never readTree, and reuses it while unchanged', async () => {
      const readUrl = jest
        .fn()
        .mockResolvedValueOnce({
          buffer: async () => Buffer.from(REPORT),
          etag: 'etag-1',
        })
        .mockRejectedValueOnce(new NotModifiedError('unchanged'));
      const urlReader = mockServices.urlReader.mock({ readUrl });
      const { provider, logger, lastEntities } = await setup([url], urlReader);

      await provider.refresh();
      const before = lastEntities();
      const summary = await provider.refresh();

      expect(urlReader.readTree).not.toHaveBeenCalled();
      expect(readUrl.mock.calls.map(call => [call[0], call[1].etag])).toEqual([
        [url, undefined],
        [url, 'etag-1'],
      ]);
      expect(summary).toMatchObject({ filesParsed: 0, failedLocations: [] });
      expect(takeawayHeadlines(before)).toHaveLength(2);
      expect(lastEntities()).toEqual(before);
      const takeaway = [...before.values()].find(
        d => d.entity.kind === 'Takeaway',
      )!;
      expect(takeaway.entity.metadata.annotations).toMatchObject({
        'backstage.io/managed-by-location': `url:${url}`,
      });
      expect(takeaway.locationKey).toBe(
        `conference-takeaways-provider:url:${url}`,
      );
      expect(logger.error).not.toHaveBeenCalled();
    });

    it('rejects a plain web server directory at startup, naming the setting', async () => {
      const { logger } = await setup(['https://reports.example.com/trips/']);
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringMatching(
          /^conferenceTakeaways\.reports\.locations\[0\]\.target: .* no integration is configured for reports\.example\.com.*set conferenceTakeaways\.reports\.locations\[0\]\.type: file/,
        ),
      );
    });
  });

  describe('namespaces', () => {
    it('extracts each location into its own namespace', async () => {
      const logger = mockServices.logger.mock();
      const applyMutation = jest.fn();
      const provider = ConferenceTakeawaysEntityProvider.fromConfig(
        new ConfigReader({
          conferenceTakeaways: {
            reports: { locations: [{ target: dir, namespace: 'platform' }] },
          },
        }),
        {
          logger,
          scheduler: mockServices.scheduler.mock({
            createScheduledTaskRunner: () => ({ run: jest.fn() }),
          }),
          urlReader: mockServices.urlReader.mock(),
          database: await database(),
        },
      );
      await provider.connect({ applyMutation, refresh: jest.fn() });

      await provider.refresh();

      const { entities } = applyMutation.mock.calls[0][0];
      const refs = entities.map((d: DeferredEntity) =>
        stringifyEntityRef(d.entity),
      );
      expect(refs).toContain('conference:platform/kubecon-eu-2022');
      expect(refs.every((ref: string) => ref.includes(':platform/'))).toBe(
        true,
      );
    });
  });

  describe('symbolic links', () => {
    it('skips a link to a file outside the directory, with a warning naming it', async () => {
      const outside = await mkdtemp(join(tmpdir(), 'ct-provider-outside-'));
      try {
        await writeFile(
          join(outside, 'elsewhere.md'),
          REPORT.replace('Gateway', 'x').replace(
            'OpenTelemetry is ready for traces',
            'A takeaway from outside the reports directory',
          ),
        );
        await symlink(join(outside, 'elsewhere.md'), join(dir, 'linked.md'));
        const { provider, logger, lastEntities } = await setup([dir]);

        await provider.refresh();

        expect(takeawayHeadlines(lastEntities())).not.toContain(
          'A takeaway from outside the reports directory',
        );
        expect(warnings(logger)).toContainEqual(
          expect.stringMatching(
            /^Trip report linked\.md in .*: is a symbolic link to .*elsewhere\.md, outside .*; skipped$/,
          ),
        );
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    });
  });

  describe('across locations', () => {
    it('keeps the first of two entities with the same ref', async () => {
      const other = await mkdtemp(join(tmpdir(), 'ct-provider-other-'));
      try {
        await writeFile(
          join(other, 'kubecon-eu-2022.yaml'),
          DESCRIPTOR.replace('Valencia', 'Madrid'),
        );
        const { provider, logger, lastEntities } = await setup([dir, other]);

        await provider.refresh();

        const conference = lastEntities().get(
          'conference:default/kubecon-eu-2022',
        )!;
        expect(conference.entity.spec?.city).toBe('Valencia');
        expect(warnings(logger)).toContainEqual(
          `conference:default/kubecon-eu-2022 comes from both ${dir} and ${other}; keeping the one from ${dir}`,
        );
      } finally {
        await rm(other, { recursive: true, force: true });
      }
    });
  });

  describe('tool dictionary', () => {
    it('detects the tools configured in conferenceTakeaways.tools', async () => {
      await writeFile(
        join(dir, 'reports/in-house.md'),
        `---\ntitle: In-house notes\nconference: kubecon-eu-2022\n---\n\n## PayMesh replaced our sidecars\nWe rolled pm-mesh out to every team.\n`,
      );
      const { provider, logger, lastEntities } = await setup([dir], undefined, [
        { slug: 'paymesh', name: 'PayMesh', aliases: ['pm-mesh'] },
        { slug: 'Bad Slug', name: 'Bad' },
      ]);

      await provider.refresh();

      const takeaway = [...lastEntities().values()].find(
        d => d.entity.spec?.headline === 'PayMesh replaced our sidecars',
      )?.entity;
      expect(takeaway?.spec?.tools).toEqual(['paymesh']);
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringMatching(/^conferenceTakeaways\.tools\[1\]: slug /),
      );
    });
  });

  describe('failures', () => {
    it('rejects unsupported schemes at startup and still runs', async () => {
      const { provider, logger, lastEntities } = await setup([
        'file:///srv/reports',
        dir,
      ]);
      expect(logger.error).toHaveBeenCalledWith(
        'conferenceTakeaways.reports.locations[0].target: unsupported scheme "file:" in file:///srv/reports; use a local directory path or an http(s) URL',
      );

      const summary = await provider.refresh();

      expect(summary.locations).toBe(1);
      expect(takeawayHeadlines(lastEntities())).toHaveLength(2);
    });

    it('never lets the scheduled task throw', async () => {
      const { applyMutation, logger, scheduledTask } = await setup([dir]);
      applyMutation.mockRejectedValue(new Error('database is gone'));

      await expect(scheduledTask()).resolves.toBeUndefined();

      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining('database is gone'),
      );
    });

    it('refuses to refresh before it is connected', async () => {
      const provider = ConferenceTakeawaysEntityProvider.fromConfig(
        new ConfigReader({}),
        {
          logger: mockServices.logger.mock(),
          scheduler: mockServices.scheduler.mock(),
          urlReader: mockServices.urlReader.mock(),
          database: mockServices.database.mock(),
        },
      );
      await expect(provider.refresh()).rejects.toThrow('not connected');
    });
  });
});
