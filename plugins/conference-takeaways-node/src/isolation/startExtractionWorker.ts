import { Worker } from 'node:worker_threads';

/** The worker's own entry point of this package (see package.json exports). */
const WORKER_ENTRY =
  '@conference-takeaways/backstage-plugin-conference-takeaways-node/extractionWorker';

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

/**
 * A new extraction worker thread; it posts `ready` once loaded and is then
 * configured with the options of the files it extracts.
 */
export function startExtractionWorker(maxMemoryMb: number): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { script: workerScript() },
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    stdout: false,
    stderr: false,
  });
}
