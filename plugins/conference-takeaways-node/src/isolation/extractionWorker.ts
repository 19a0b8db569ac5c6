import { parentPort, workerData } from 'node:worker_threads';
import { ToolDictionary } from '@internal/backstage-plugin-conference-takeaways-common';
import { ConferenceDictionary } from '../conferences/ConferenceDictionary';
import { extractFileEntities } from '../extract/extractEntities';
import { ExtractOptions } from '../extract/types';
import { FileRequest, WorkerMessage, WorkerOptions } from './protocol';

const WARM_UP_FILES = [
  [
    'warm-up.md',
    '---\ntitle: T\nconference: kubecon-eu-2022\n---\n## Linkerd\n\nText.\n',
  ],
  ['warm-up.txt', 'KubeCon Europe 2022\n\nLinkerd was a hot topic. It was.\n'],
  ['warm-up.yaml', 'apiVersion: v1\nkind: Talk\n'],
  ['warm-up.sessionize.json', '{"sessions":[],"speakers":[]}'],
];

/*
 * Runs in a worker thread (see extractEntitiesIsolated): extracts one file
 * per message, so that a slow file can be stopped by terminating the thread
 * without blocking the backend's event loop.
 */
if (parentPort) {
  const port = parentPort;
  const { tools, conferenceSeries, ...rest } = (
    workerData as { options: WorkerOptions }
  ).options;
  const options: ExtractOptions = {
    ...rest,
    dictionary: tools ? new ToolDictionary(tools) : undefined,
    conferences: conferenceSeries
      ? new ConferenceDictionary(conferenceSeries)
      : undefined,
  };
  port.on('message', (request: FileRequest) => {
    const content = Buffer.from(
      request.content.buffer,
      request.content.byteOffset,
      request.content.byteLength,
    );
    const result = extractFileEntities(
      { path: request.path, content, url: request.url },
      options,
    );
    const message: WorkerMessage = {
      type: 'result',
      id: request.id,
      ...result,
    };
    port.postMessage(message);
  });
  // Load and initialise every parser before the first budget starts: the
  // budget is for parsing, not for this thread's start-up.
  for (const [path, text] of WARM_UP_FILES) {
    extractFileEntities({ path, content: Buffer.from(text) }, options);
  }
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}
