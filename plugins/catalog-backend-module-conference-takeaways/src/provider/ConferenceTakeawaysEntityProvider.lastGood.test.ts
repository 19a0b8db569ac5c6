import { UrlReaderService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  NotFoundError,
  NotModifiedError,
  ResponseError,
} from '@backstage/errors';
import {
  DeferredEntity,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ConferenceTakeawaysEntityProvider } from './ConferenceTakeawaysEntityProvider';
import { startExtractionWorkerBeforeAll } from '../__testUtils__/sharedExtractionWorker';

const EU_2022 = `---
title: "KubeCon Europe 2022 notes"
conference: kubecon-eu-2022
date: 2022-06-01
---
## Linkerd is the service mesh people actually enjoy running
Teams moved from Istio to Linkerd because it is small and boring.

Talks:
- "Linkerd in Production" by Speaker One — https://www.youtube.com/watch?v=abcdefghijk
`;

const EU_2022_MORE = `---
title: "More KubeCon Europe 2022 notes"
conference: kubecon-eu-2022
date: 2022-06-02
---
## OpenTelemetry is ready for traces
The collector is the piece to standardise on.
`;

const NA_2019 = `---
title: "KubeCon North America 2019 notes"
conference: kubecon-na-2019
date: 2019-11-25
---
## Cilium makes eBPF networking approachable
Three teams run it in production.
`;

const NA_2019_UPDATED = `${NA_2019}
## Argo CD is the default for GitOps
Everyone we met deploys with it.
`;

const URL = 'https://github.com/acme/trips/tree/main/reports';

type Location = string | { target: string; namespace?: string };

/** A URL tree as the UrlReader returns it. */
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

async function serverError(): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response('upstream archive failed', {
      status: 500,
      statusText: 'Internal Server Error',
    }),
  );
}

/** One backend run: a new provider on the given database. */
async function start(
  knex: Knex,
  locations: Location[],
  urlReader: UrlReaderService = mockServices.urlReader.mock(),
) {
  const logger = mockServices.logger.mock();
  const mutations: EntityProviderMutation[] = [];
  const provider = ConferenceTakeawaysEntityProvider.fromConfig(
    new ConfigReader({
      conferenceTakeaways: {
        reports: {
          locations: locations.map(l =>
            typeof l === 'string' ? { target: l } : l,
          ),
        },
      },
    }),
    {
      logger,
      scheduler: mockServices.scheduler.mock({
        createScheduledTaskRunner: () => ({ run: jest.fn() }),
      }),
      urlReader,
      database: mockServices.database({ knex }),
    },
  );
  await provider.connect({
    applyMutation: async mutation => {
      mutations.push(mutation);
    },
    refresh: jest.fn(),
  });
  const last = () => mutations[mutations.length - 1];
  return {
    provider,
    logger,
    mutations,
    last,
    /** ref → location key of the last mutation, which must be full. */
    submitted: () => {
      const mutation = last();
      expect(mutation.type).toBe('full');
      return byRef(mutation.type === 'full' ? mutation.entities : []);
    },
    warnings: () => logger.warn.mock.calls.map(call => String(call[0])),
  };
}

function byRef(entities: DeferredEntity[]): Map<string, string | undefined> {
  return new Map(
    entities.map(d => [stringifyEntityRef(d.entity), d.locationKey]),
  );
}

const kindCounts = (refs: Map<string, unknown>) => {
  const counts: Record<string, number> = {};
  for (const ref of refs.keys()) {
    const kind = ref.split(':')[0];
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
};

const refsOf = (refs: Map<string, string | undefined>, key: string) =>
  [...refs].filter(([, k]) => k === key).map(([ref]) => ref);

startExtractionWorkerBeforeAll();

describe('ConferenceTakeawaysEntityProvider last good reads', () => {
  const databases = createTestDatabases('The last-good-read tests');
  let dirA: string;
  let dirB: string;

  beforeEach(async () => {
    dirA = await mkdtemp(join(tmpdir(), 'ct-last-good-a-'));
    dirB = await mkdtemp(join(tmpdir(), 'ct-last-good-b-'));
    await writeFile(join(dirA, 'eu-2022.md'), EU_2022);
    await writeFile(join(dirA, 'eu-2022-more.md'), EU_2022_MORE);
    await writeFile(join(dirB, 'na-2019.md'), NA_2019);
  });

  afterEach(async () => {
    await rm(dirA, { recursive: true, force: true });
    await rm(dirB, { recursive: true, force: true });
  });

  const keyOf = (dir: string) => `conference-takeaways-provider:file:${dir}`;
  const urlKey = `conference-takeaways-provider:url:${URL}`;

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let knex: Knex;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('keeps the entities of a location that is down after a restart', async () => {
      const first = await start(
        knex,
        [dirA, URL],
        mockServices.urlReader.mock({
          readTree: jest
            .fn()
            .mockResolvedValue(tree('etag-1', { 'na-2019.md': NA_2019 })),
        }),
      );
      await first.provider.refresh();
      const before = first.submitted();
      expect(refsOf(before, urlKey)).toContain(
        'conference:default/kubecon-na-2019',
      );

      const second = await start(
        knex,
        [dirA, URL],
        mockServices.urlReader.mock({
          readTree: jest.fn().mockRejectedValue(await serverError()),
        }),
      );
      const summary = await second.provider.refresh();

      expect(summary.failedLocations).toEqual([URL]);
      expect(second.submitted()).toEqual(before);
      expect(kindCounts(second.submitted())).toEqual(kindCounts(before));
      expect(second.warnings()).toContainEqual(
        expect.stringMatching(
          /^Could not read trip reports from https:\/\/github\.com\/acme\/trips\/tree\/main\/reports \(conferenceTakeaways\.reports\.locations\[1\]\.target\): Request failed with 500 Internal Server Error.*; keeping its \d+ entities from the last successful read$/,
        ),
      );
    });

    it('deletes nothing when every location is down after a restart', async () => {
      const first = await start(knex, [dirA, dirB]);
      await first.provider.refresh();
      const before = first.submitted();
      await rm(dirA, { recursive: true, force: true });
      await rm(dirB, { recursive: true, force: true });

      const second = await start(knex, [dirA, dirB]);
      const summary = await second.provider.refresh();

      expect(summary.failedLocations).toEqual([dirA, dirB]);
      expect(second.submitted()).toEqual(before);
    });

    it('removes nothing while a location has never been read', async () => {
      const run = await start(
        knex,
        [dirA, URL],
        mockServices.urlReader.mock({
          readTree: jest.fn().mockRejectedValue(new Error('ECONNREFUSED')),
        }),
      );

      await run.provider.refresh();

      // The catalog may hold that location's entities from before: a delta
      // adds the readable location's entities without removing any.
      const mutation = run.last();
      expect(mutation).toMatchObject({ type: 'delta', removed: [] });
      expect(
        mutation.type === 'delta' &&
          mutation.added.every(d => d.locationKey === keyOf(dirA)),
      ).toBe(true);
    });

    it('keeps the entities of a location that answers 500, is not found, or lists no files, and asks with the last good etag', async () => {
      const readTree = jest
        .fn()
        .mockResolvedValueOnce(tree('etag-1', { 'na-2019.md': NA_2019 }))
        .mockRejectedValueOnce(await serverError())
        .mockRejectedValueOnce(new NotFoundError('archive not found'))
        // A new version whose archive came back empty, as from a failing host.
        .mockResolvedValueOnce(tree('etag-2', {}))
        .mockResolvedValueOnce(
          tree('etag-3', { 'na-2019.md': NA_2019_UPDATED }),
        );
      const run = await start(
        knex,
        [dirA, URL],
        mockServices.urlReader.mock({ readTree }),
      );
      await run.provider.refresh();
      const before = run.submitted();

      for (let i = 0; i < 3; i++) {
        const summary = await run.provider.refresh();
        expect(summary.failedLocations).toEqual([URL]);
        expect(run.submitted()).toEqual(before);
      }
      expect(run.warnings()).toContainEqual(
        expect.stringContaining(
          'it lists no report files where the last successful read had 1',
        ),
      );

      // Recovery: asked with the last good etag, not the empty tree's.
      await run.provider.refresh();
      expect(readTree.mock.calls.map(call => call[1].etag)).toEqual([
        undefined,
        'etag-1',
        'etag-1',
        'etag-1',
        'etag-1',
      ]);
      const after = run.submitted();
      expect(refsOf(after, urlKey)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^takeaway:default\/argo-cd-is-the-default/),
        ]),
      );
      expect(refsOf(after, keyOf(dirA))).toEqual(refsOf(before, keyOf(dirA)));
    });

    it('remembers the etag across a restart, unless the settings changed', async () => {
      const first = await start(
        knex,
        [URL],
        mockServices.urlReader.mock({
          readTree: jest
            .fn()
            .mockResolvedValue(tree('etag-1', { 'na-2019.md': NA_2019 })),
        }),
      );
      await first.provider.refresh();
      const before = first.submitted();

      const unchanged = jest
        .fn()
        .mockRejectedValue(new NotModifiedError('unchanged'));
      const second = await start(
        knex,
        [URL],
        mockServices.urlReader.mock({ readTree: unchanged }),
      );
      const summary = await second.provider.refresh();
      expect(unchanged).toHaveBeenCalledWith(
        URL,
        expect.objectContaining({ etag: 'etag-1' }),
      );
      expect(summary.filesParsed).toBe(0);
      expect(second.submitted()).toEqual(before);

      const reread = jest
        .fn()
        .mockResolvedValue(tree('etag-1', { 'na-2019.md': NA_2019 }));
      const third = await start(
        knex,
        [{ target: URL, namespace: 'platform' }],
        mockServices.urlReader.mock({ readTree: reread }),
      );
      await third.provider.refresh();
      expect(reread).toHaveBeenCalledWith(
        URL,
        expect.objectContaining({ etag: undefined }),
      );
      expect([...third.submitted().keys()]).toContain(
        'conference:platform/kubecon-na-2019',
      );
    });

    it('removes exactly the entities of a location dropped from the configuration', async () => {
      const first = await start(knex, [dirA, dirB]);
      await first.provider.refresh();
      const both = first.submitted();
      const fromA = refsOf(both, keyOf(dirA));
      expect(refsOf(both, keyOf(dirB)).length).toBeGreaterThan(0);

      const second = await start(knex, [dirA]);
      await second.provider.refresh();
      expect([...second.submitted().keys()].sort()).toEqual(fromA.sort());
      expect(second.logger.info).toHaveBeenCalledWith(
        expect.stringMatching(
          new RegExp(
            `^file:${dirB} is no longer configured; removing its \\d+ entities$`,
          ),
        ),
      );

      // Its last good read is gone too: added back while down, it is unknown.
      await rm(dirB, { recursive: true, force: true });
      const third = await start(knex, [dirA, dirB]);
      await third.provider.refresh();
      expect(third.last()).toMatchObject({ type: 'delta', removed: [] });
    });

    it('keeps a dropped location while a location entry is invalid', async () => {
      const first = await start(knex, [dirA, dirB]);
      await first.provider.refresh();
      const before = first.submitted();

      const second = await start(knex, [dirA, 'ftp://reports.example.com/b']);
      await second.provider.refresh();

      expect(second.submitted()).toEqual(before);
      expect(second.warnings()).toContainEqual(
        expect.stringContaining(`file:${dirB} is no longer configured, but`),
      );
    });

    it("removes a deleted file's entities and leaves other locations alone while one is down", async () => {
      const run = await start(knex, [dirA, dirB]);
      await run.provider.refresh();
      const before = run.submitted();
      const fromB = refsOf(before, keyOf(dirB));

      await rm(join(dirA, 'eu-2022-more.md'));
      await rm(dirB, { recursive: true, force: true });
      await run.provider.refresh();

      const after = run.submitted();
      expect(refsOf(after, keyOf(dirB))).toEqual(fromB);
      const removed = [...before.keys()].filter(ref => !after.has(ref));
      expect(removed).toEqual([
        expect.stringMatching(/^takeaway:default\/opentelemetry-is-ready/),
      ]);
    });
  });
});
