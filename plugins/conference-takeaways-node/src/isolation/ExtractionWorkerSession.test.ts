import { extractEntities } from '../extract/extractEntities';
import { file } from '../extract/testUtils';
import { ExtractionWorkerSession } from './ExtractionWorkerSession';

const REPORT = `---
title: Our trip
conference: kubecon-eu-2022
---

## Linkerd replaced our sidecars

We moved every service to Linkerd.
`;

const DEFAULTS = { key: 'defaults', options: {} };

/** Each test here starts its own threads. */
const STARTS_WORKERS_MS = 30_000;

describe('ExtractionWorkerSession', () => {
  const sessions: ExtractionWorkerSession[] = [];
  const session = (idleTimeoutMs?: number) => {
    const created = new ExtractionWorkerSession({
      maxMemoryMb: 512,
      idleTimeoutMs,
    });
    sessions.push(created);
    return created;
  };

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map(s => s.close()));
  });

  it(
    'ends an idle thread after the idle timeout; the next file starts another',
    async () => {
      const worker = session(10);
      const trip = file('trip.md', REPORT);
      const expected = extractEntities([trip]).entities.map(
        e => e.metadata.name,
      );

      const first = await worker.extract(trip, DEFAULTS, 10_000);
      await new Promise(resolve => setTimeout(resolve, 500));
      const second = await worker.extract(trip, DEFAULTS, 10_000);

      expect(worker.threadsStarted).toBe(2);
      for (const outcome of [first, second]) {
        if ('failure' in outcome) {
          throw new Error(`unexpected ${outcome.failure}`);
        }
        expect(
          outcome.entities.map(s => s.entity.metadata.name).sort(),
        ).toEqual([...expected].sort());
      }
    },
    STARTS_WORKERS_MS,
  );
});
