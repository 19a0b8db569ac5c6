import { Worker } from 'node:worker_threads';
import { ExtractionProblem, ReportFile, SourcedEntity } from '../extract/types';
import { FileRequest, WorkerMessage, WorkerOptions } from './protocol';
import { startExtractionWorker } from './startExtractionWorker';

/** Loading the parsers (and, in development, transpiling them) may be slow. */
const STARTUP_TIMEOUT_MS = 60_000;

/** What became of one file. */
export type FileOutcome =
  | { entities: SourcedEntity[]; problems: ExtractionProblem[] }
  | { failure: 'timeout' }
  | { failure: 'crash'; reason: string };

/**
 * One extraction worker thread at a time, fed one file per request. A file
 * that runs over its time budget or kills the thread ends that thread; the
 * next request starts a fresh one.
 */
export class ExtractionWorkerSession {
  readonly #options: WorkerOptions;
  readonly #maxMemoryMb: number;
  #worker?: Promise<Worker>;
  #nextId = 1;

  constructor(options: WorkerOptions, maxMemoryMb: number) {
    this.#options = options;
    this.#maxMemoryMb = maxMemoryMb;
  }

  async extract(file: ReportFile, budgetMs: number): Promise<FileOutcome> {
    const worker = await this.#ready();
    const request: FileRequest = {
      id: this.#nextId++,
      path: file.path,
      content: file.content,
      url: file.url,
    };
    return new Promise<FileOutcome>(resolve => {
      const finish = (outcome: FileOutcome, discard: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (discard) {
          this.#discard(worker);
        }
        resolve(outcome);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'result' && message.id === request.id) {
          finish(
            { entities: message.entities, problems: message.problems },
            false,
          );
        }
      };
      const onError = (error: Error) =>
        finish({ failure: 'crash', reason: error.message }, true);
      const onExit = (code: number) =>
        finish({ failure: 'crash', reason: `exit code ${code}` }, true);
      const timer = setTimeout(
        () => finish({ failure: 'timeout' }, true),
        budgetMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /** Ends the current thread, if any. */
  async close(): Promise<void> {
    const worker = await this.#worker?.catch(() => undefined);
    this.#worker = undefined;
    await worker?.terminate();
  }

  #discard(worker: Worker) {
    this.#worker = undefined;
    worker.terminate().catch(() => {});
  }

  #ready(): Promise<Worker> {
    this.#worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = startExtractionWorker(this.#options, this.#maxMemoryMb);
      const fail = (reason: string) => {
        clearTimeout(timer);
        this.#worker = undefined;
        worker.terminate().catch(() => {});
        reject(
          new Error(`the report extraction worker did not start: ${reason}`),
        );
      };
      const timer = setTimeout(
        () => fail(`not ready after ${STARTUP_TIMEOUT_MS} ms`),
        STARTUP_TIMEOUT_MS,
      );
      worker.once('error', (error: Error) => fail(error.message));
      worker.once('exit', code => fail(`exit code ${code}`));
      worker.once('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          worker.removeAllListeners('error');
          worker.removeAllListeners('exit');
          resolve(worker);
        }
      });
    });
    return this.#worker;
  }
}
