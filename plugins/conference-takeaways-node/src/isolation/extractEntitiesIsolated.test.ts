import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { extractEntities } from '../extract/extractEntities';
import { file } from '../extract/testUtils';
import { extractEntitiesIsolated } from './extractEntitiesIsolated';
import {
  extractionWorkerThreadsStarted,
  stopExtractionWorkers,
} from './sharedExtractionWorkers';

const REPORT = `---
title: Our trip
conference: kubecon-eu-2022
---

## PayMesh replaced our sidecars

We moved every service to PayMesh and Linkerd.
`;

const DESCRIPTOR = `apiVersion: conference-takeaways.dev/v1alpha1
kind: Talk
metadata:
  name: a-talk
  annotations:
    backstage.io/techdocs-ref: url:http://attacker.example/
spec:
  title: A Talk
  speakers: [Jo]
`;

const dictionary = ToolDictionary.default().with([
  { slug: 'paymesh', name: 'PayMesh' },
]);

/** Many headed sections of prose: slow enough to run over a tiny budget. */
function bigReport(): string {
  const section = (i: number) =>
    `## Finding ${i} about Linkerd and Istio\n\n${'Teams said the mesh was easy to run and the talk showed how. '.repeat(
      40,
    )}\n`;
  return `---\ntitle: Big\nconference: kubecon-eu-2022\n---\n\n${Array.from(
    { length: 300 },
    (_, i) => section(i),
  ).join('\n')}`;
}

/** Tests that end the worker thread on purpose wait for a new one. */
const RESTARTS_WORKER_MS = 30_000;

describe('extractEntitiesIsolated', () => {
  // Starting the shared thread (in development, transpiling the parsers in
  // it) is done once for all tests here.
  beforeAll(
    () => extractEntitiesIsolated([file('warm-up.md', REPORT)]),
    RESTARTS_WORKER_MS,
  );
  afterAll(() => stopExtractionWorkers());

  it('gives the same result as extractEntities, with the dictionary passed to the worker', async () => {
    const files = [file('trip.md', REPORT), file('talks.yaml', DESCRIPTOR)];
    const isolated = await extractEntitiesIsolated(files, { dictionary });
    expect(isolated).toEqual(extractEntities(files, { dictionary }));
    const takeaway = isolated.entities.find(e => e.kind === 'Takeaway');
    expect((takeaway?.spec as any).tools).toContain('paymesh');
  });

  it(
    'skips a file over the time budget, naming it and the setting, and reads the rest',
    async () => {
      const big = file('a-big.md', bigReport());
      const small = [
        file('b-trip.md', REPORT),
        file('c-talks.yaml', DESCRIPTOR),
      ];
      // a budget well between the small files' parse time and the big one's
      const timeOf = (files: typeof small) => {
        extractEntities(files, { dictionary }); // warm up
        const start = performance.now();
        extractEntities(files, { dictionary });
        return performance.now() - start;
      };
      const bigMs = timeOf([big]);
      const smallMs = Math.max(timeOf(small), 5);
      expect(bigMs).toBeGreaterThan(smallMs * 20);
      const budget = Math.round(Math.sqrt(bigMs * smallMs));

      const { entities, problems } = await extractEntitiesIsolated(
        [big, ...small],
        { dictionary, timeBudgetMs: budget },
      );
      expect(problems).toEqual([
        {
          path: 'a-big.md',
          message: `a-big.md took longer than ${budget} ms to parse and was skipped (conferenceTakeaways.reports.parseTimeoutMs)`,
        },
        ...extractEntities(small, { dictionary }).problems,
      ]);
      // a fresh worker read the other files
      expect(entities).toEqual(extractEntities(small, { dictionary }).entities);
    },
    RESTARTS_WORKER_MS,
  );

  it('reuses one worker thread for consecutive calls, whatever their options', async () => {
    const files = [file('trip.md', REPORT)];
    const first = await extractEntitiesIsolated(files, { dictionary });
    const before = extractionWorkerThreadsStarted();

    const second = await extractEntitiesIsolated(files, { dictionary });
    const otherOptions = await extractEntitiesIsolated(files);

    expect(extractionWorkerThreadsStarted()).toBe(before);
    expect(second).toEqual(first);
    // the thread took the other call's options, not the first one's
    expect(otherOptions).toEqual(extractEntities(files));
    expect(otherOptions).not.toEqual(first);
  });

  it(
    'replaces the worker thread after a file over its budget',
    async () => {
      const files = [file('trip.md', REPORT)];
      await extractEntitiesIsolated(files);
      const before = extractionWorkerThreadsStarted();

      const { problems } = await extractEntitiesIsolated(
        [file('big.md', bigReport())],
        { timeBudgetMs: 1 },
      );
      const after = await extractEntitiesIsolated(files);

      expect(problems.map(p => p.path)).toEqual(['big.md']);
      expect(after).toEqual(extractEntities(files));
      expect(extractionWorkerThreadsStarted()).toBe(before + 1);
    },
    RESTARTS_WORKER_MS,
  );

  it(
    'starts another worker thread once the workers were stopped',
    async () => {
      const files = [file('trip.md', REPORT)];
      await extractEntitiesIsolated(files);
      const before = extractionWorkerThreadsStarted();

      await stopExtractionWorkers();
      const after = await extractEntitiesIsolated(files);

      expect(after).toEqual(extractEntities(files));
      expect(extractionWorkerThreadsStarted()).toBe(before + 1);
    },
    RESTARTS_WORKER_MS,
  );

  it('serves concurrent calls, each with its own options', async () => {
    const files = [file('trip.md', REPORT), file('talks.yaml', DESCRIPTOR)];
    const results = await Promise.all([
      extractEntitiesIsolated(files, { dictionary }),
      extractEntitiesIsolated(files),
      extractEntitiesIsolated(files, { dictionary, namespace: 'other' }),
    ]);
    expect(results).toEqual([
      extractEntities(files, { dictionary }),
      extractEntities(files),
      extractEntities(files, { dictionary, namespace: 'other' }),
    ]);
  });

  it('keeps the event loop free while a file is parsed', async () => {
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await extractEntitiesIsolated([file('big.md', bigReport())], {
      timeBudgetMs: 60_000,
    });
    const parsing = performance.now() - started;
    clearInterval(ticker);
    // parsing took a while, and the loop still ticked throughout
    expect(parsing).toBeGreaterThan(200);
    expect(longestGap).toBeLessThan(Math.max(200, parsing / 4));
  });
});
