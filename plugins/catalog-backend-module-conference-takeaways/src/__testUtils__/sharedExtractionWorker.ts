import {
  extractEntitiesIsolated,
  stopExtractionWorkers,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';

/** Starting a worker thread transpiles the parsers in it: seconds here. */
const WORKER_START_MS = 60_000;

/**
 * Starts the process's extraction worker thread before the tests of this
 * file (which then share it, as refreshes of a running backend do) and
 * stops it after them, so that no test pays for the start-up.
 */
export function startExtractionWorkerBeforeAll() {
  beforeAll(async () => {
    await extractEntitiesIsolated([
      { path: 'warm-up.md', content: Buffer.from('# Warm-up\n') },
    ]);
  }, WORKER_START_MS);
  afterAll(() => stopExtractionWorkers());
}
