import { parentPort } from 'node:worker_threads';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceDictionary } from '../conferences/ConferenceDictionary';
import { extractFileEntities } from '../extract/extractEntities';
import { ExtractOptions } from '../extract/types';
import { WorkerMessage, WorkerOptions, WorkerRequest } from './protocol';

const WARM_UP_FILES = [
  [
    'warm-up.md',
    '---\ntitle: T\nconference: kubecon-eu-2022\n---\n## Linkerd\n\nText.\n',
  ],
  ['warm-up.txt', 'KubeCon Europe 2022\n\nLinkerd was a hot topic. It was.\n'],
  ['warm-up.yaml', 'apiVersion: v1\nkind: Talk\n'],
  ['warm-up.sessionize.json', '{"sessions":[],"speakers":[]}'],
];

function toExtractOptions(options: WorkerOptions): ExtractOptions {
  const { tools, conferenceSeries, ...rest } = options;
  return {
    ...rest,
    dictionary: tools ? new ToolDictionary(tools) : undefined,
    conferences: conferenceSeries
      ? new ConferenceDictionary(conferenceSeries)
      : undefined,
  };
}

/**
 * Loads and initialises every parser (and the dictionaries' lazy parts), so
 * that a file's time budget is spent on parsing that file only.
 */
function warmUp(options: ExtractOptions) {
  for (const [path, text] of WARM_UP_FILES) {
    extractFileEntities({ path, content: Buffer.from(text) }, options);
  }
}

/*
 * Runs in a worker thread (see ExtractionWorkerSession): extracts one file
 * per message with the options last configured, so that a slow file can be
 * stopped by terminating the thread without blocking the backend's event
 * loop. The thread lives on between files and between callers.
 */
if (parentPort) {
  const port = parentPort;
  let options: ExtractOptions = {};
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'configure') {
      options = toExtractOptions(request.options);
      warmUp(options);
      port.postMessage({
        type: 'configured',
        key: request.key,
      } satisfies WorkerMessage);
      return;
    }
    const content = Buffer.from(
      request.content.buffer,
      request.content.byteOffset,
      request.content.byteLength,
    );
    const result = extractFileEntities(
      { path: request.path, content, url: request.url },
      options,
    );
    port.postMessage({
      type: 'result',
      id: request.id,
      ...result,
    } satisfies WorkerMessage);
  });
  warmUp(options);
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}
