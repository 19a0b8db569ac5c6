import { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogEntity, RelevanceResponse } from '../test/apiTypes';
import { examplePaths } from '../test/examplePortal';
import { getOk } from '../test/http';
import {
  listCatalogEntities,
  refOf,
  waitForExampleCatalog,
} from '../test/ingestExamples';
import { BackendProcess, freePort } from '../test/replicas/BackendProcess';
import {
  blockWrites,
  countStoredEntitiesMentioning,
  isWaitingForLock,
} from '../test/replicas/catalogDatabase';
import { connectTo, dropDatabases } from '../test/replicas/postgres';
import { replicaConfig } from '../test/replicas/replicaConfig';
import { SchedulerProbe } from '../test/replicas/schedulerProbe';
import { TASKS } from '../test/startPortalTestBackend';
import {
  failUnderCiWithoutPostgres,
  postgresConnectionString,
  POSTGRES_URL_VARIABLES,
} from '../test/testDatabases';
import { sleep, waitFor } from '../test/waitFor';

// Two real backend processes sharing one PostgreSQL, as in a deployment
// with two replicas. Needs PostgreSQL: skipped without one locally, a
// failure under CI.
failUnderCiWithoutPostgres('The two-replica test', POSTGRES_URL_VARIABLES);
const postgresUrl = postgresConnectionString();
const describeWithPostgres = postgresUrl ? describe : describe.skip;
if (!postgresUrl) {
  // Straight to stderr: Jest shows no console output of a skipped file.
  process.stderr.write(
    `Skipping the two-replica test (src/replicas.test.ts): no PostgreSQL. Set ${POSTGRES_URL_VARIABLES.join(
      ' or ',
    )}, e.g. by running the tests through scripts/with-postgres.sh.\n`,
  );
}

jest.setTimeout(180_000);

const PARSED_LINE = /Parsed \d+ files in \d+ changed of \d+ locations/;
const DRILL_HEADLINE = 'Replica drill: Linkerd retries hid a flaky upstream';
const DRILL_REPORT = `---
title: Replica drill notes
conference: kubecon-eu-2022
author: Test Author
date: 2022-06-01
---
Written by the two-replica test while one replica is being killed.

## ${DRILL_HEADLINE}

Retries configured in Linkerd masked a flaky upstream until the retry budget
ran out, so dashboards looked healthy while users waited.

Tools: linkerd
`;
const RELEVANT_PATH =
  '/api/conference-takeaways/relevant?entityRef=component:default/payments-api&limit=100';

interface Replica {
  name: string;
  baseUrl: string;
  process: BackendProcess;
}

describeWithPostgres('two backend replicas sharing PostgreSQL', () => {
  const token = randomBytes(24).toString('hex');
  const authorization = `Bearer ${token}`;
  const databasePrefix = `ct_replicas_${randomBytes(4).toString('hex')}_`;
  const replicas: Replica[] = [];
  let workDir: string;
  const catalogDatabase = `${databasePrefix}catalog`;
  let catalogDb: Knex;
  let probe: SchedulerProbe;

  async function startReplica(name: string): Promise<Replica> {
    const port = await freePort();
    const configPath = join(workDir, `app-config.${name}.yaml`);
    const config = replicaConfig({
      port,
      postgresUrl: postgresUrl!,
      databasePrefix,
      applicationName: name,
      token,
      reportsDir: join(workDir, 'reports'),
    });
    // JSON is YAML too.
    await writeFile(configPath, JSON.stringify(config, null, 2));
    const replica = {
      name,
      baseUrl: `http://127.0.0.1:${port}`,
      process: BackendProcess.start({ name, configPath }),
    };
    replicas.push(replica);
    await replica.process.ready();
    return replica;
  }

  const parsedLines = () =>
    replicas.flatMap(replica =>
      replica.process.lines
        .filter(line => PARSED_LINE.test(line.text))
        .map(line => ({ replica: replica.name, at: line.at })),
    );

  const relevanceOf = (replica: Replica) =>
    getOk<RelevanceResponse>(replica.baseUrl, RELEVANT_PATH, authorization);

  const ourEntityRefs = (entities: CatalogEntity[]) =>
    entities
      .filter(e => ['Conference', 'Talk', 'Takeaway'].includes(e.kind))
      .map(refOf)
      .sort();

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'ct-replicas-'));
    await cp(examplePaths.reports, join(workDir, 'reports'), {
      recursive: true,
    });
    // Replicas of one deployment start one after the other: two at once on
    // an empty database race for the migration lock.
    await startReplica('replica-a');
    catalogDb = connectTo(postgresUrl!, catalogDatabase);
    probe = new SchedulerProbe(catalogDb, TASKS.ingestReports);
    await probe.install();
    await startReplica('replica-b');
  }, 150_000);

  afterAll(async () => {
    await Promise.all(replicas.map(r => r.process.kill()));
    await catalogDb?.destroy();
    await dropDatabases(postgresUrl!, databasePrefix);
    if (workDir) {
      await rm(workDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs each scheduled ingestion on exactly one replica', async () => {
    const since = Date.now();
    const claims = await waitFor(
      'four claimed ingestion runs',
      async () => {
        const recent = (await probe.claims()).filter(
          c => c.claimedAt.getTime() >= since,
        );
        return recent.length >= 4 ? recent : undefined;
      },
      { timeoutMs: 45_000 },
    );
    // Let the last claimed run finish and log.
    await waitFor('the last run to finish', async () =>
      (await probe.isRunClaimed()) ? undefined : true,
    );
    await sleep(500);

    const windowStart = claims[0].claimedAt.getTime();
    const windowEnd = claims[claims.length - 1].claimedAt.getTime() + 2_500;
    const runs = parsedLines()
      .filter(line => line.at >= windowStart && line.at < windowEnd)
      .sort((a, b) => a.at - b.at);

    expect(await probe.taskRows()).toBe(1);
    // One "Parsed" line per claimed run, logged by the replica that claimed it.
    expect(runs.map(run => run.replica)).toEqual(claims.map(c => c.claimant));
  });

  it('serves identical catalog contents and relevance from both replicas', async () => {
    const [a, b] = replicas;
    const entitiesA = await waitForExampleCatalog(a.baseUrl, authorization);
    const entitiesB = await listCatalogEntities(b.baseUrl, authorization);
    expect(ourEntityRefs(entitiesB)).toEqual(ourEntityRefs(entitiesA));

    const [fromA, fromB] = await Promise.all([relevanceOf(a), relevanceOf(b)]);
    expect(fromA.items.length).toBeGreaterThan(0);
    expect(fromB.tools).toEqual(fromA.tools);
    expect(fromB.items.map(i => [i.entityRef, i.reasons])).toEqual(
      fromA.items.map(i => [i.entityRef, i.reasons]),
    );
    fromB.items.forEach((item, index) =>
      expect(item.score).toBeCloseTo(fromA.items[index].score, 2),
    );
  });

  it('loses nothing when a replica is killed in the middle of a refresh', async () => {
    const before = await listCatalogEntities(
      replicas[0].baseUrl,
      authorization,
    );
    const relevanceBefore = await relevanceOf(replicas[0]);

    // A new report makes the next run write to the catalog. Holding a lock
    // on a table that write needs keeps the run in the middle of its
    // refresh: reports read and parsed, entities not yet stored.
    const releaseLock = await blockWrites(
      catalogDb,
      'refresh_state_references',
    );
    let victim: Replica;
    try {
      await writeFile(
        join(workDir, 'reports/reports/replica-drill.md'),
        DRILL_REPORT,
      );
      const writtenAt = await probe.now();
      const claim = await waitFor(
        'a run claimed after the new report',
        async () => (await probe.claims()).find(c => c.claimedAt > writtenAt),
      );
      victim = replicas.find(r => r.name === claim.claimant)!;
      await waitFor(
        `${victim.name} to wait for the lock mid-refresh`,
        async () =>
          (await isWaitingForLock(catalogDb, catalogDatabase, victim.name))
            ? true
            : undefined,
      );
      await victim.process.kill('SIGKILL');
    } finally {
      await releaseLock();
    }
    const survivor = replicas.find(r => r !== victim)!;
    const survivorLogFrom = survivor.process.lines.length;

    // The killed run stored nothing: its catalog write was one transaction.
    await sleep(1_000);
    expect(await countStoredEntitiesMentioning(catalogDb, DRILL_HEADLINE)).toBe(
      0,
    );

    // Nothing is lost: the survivor serves what both served before.
    expect(
      ourEntityRefs(await listCatalogEntities(survivor.baseUrl, authorization)),
    ).toEqual(ourEntityRefs(before));
    expect((await relevanceOf(survivor)).items.map(i => i.entityRef)).toEqual(
      relevanceBefore.items.map(i => i.entityRef),
    );

    // The killed run's claim expires; the survivor's scheduler declares it
    // lost and runs the refresh itself on the next schedule.
    await survivor.process.waitForLine(
      new RegExp(`Task timed out and was lost: ${TASKS.ingestReports}`),
      { from: survivorLogFrom, timeoutMs: 100_000 },
    );
    await survivor.process.waitForLine(PARSED_LINE, {
      from: survivorLogFrom,
      timeoutMs: 20_000,
    });
    const after = await waitFor(
      'the drill takeaway in the catalog',
      async () => {
        const entities = await listCatalogEntities(
          survivor.baseUrl,
          authorization,
        );
        return entities.some(e => e.spec?.headline === DRILL_HEADLINE)
          ? entities
          : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    const afterRefs = ourEntityRefs(after);
    expect(afterRefs).toEqual(expect.arrayContaining(ourEntityRefs(before)));
    expect(afterRefs).toHaveLength(ourEntityRefs(before).length + 1);
  });
});
