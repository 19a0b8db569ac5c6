import { Worker } from 'node:worker_threads';
import { WorkerOptions } from './protocol';

/** The worker's own entry point of this package (see package.json exports). */
const WORKER_ENTRY =
  '@internal/backstage-plugin-conference-takeaways-node/extractionWorker';

/**
 * Where the worker script is: built JavaScript when the package is built
 * (`dist/`), its TypeScript source in this repository. A worker thread does
 * not inherit the transpiling hook the backend and the tests run with, so
 * for the source it loads the Backstage CLI's node transform itself.
 */
function workerScript(): { entry: string; transform?: string } {
  const entry = require.resolve(WORKER_ENTRY);
  if (!/\.[cm]?ts$/.test(entry)) {
    return { entry };
  }
  return {
    entry,
    transform: require.resolve('@backstage/cli/config/nodeTransform.cjs'),
  };
}

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.script.transform) require(workerData.script.transform);
require(workerData.script.entry);
`;

/** A new extraction worker thread; it posts `ready` once loaded. */
export function startExtractionWorker(
  options: WorkerOptions,
  maxMemoryMb: number,
): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { script: workerScript(), options },
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    stdout: false,
    stderr: false,
  });
}
