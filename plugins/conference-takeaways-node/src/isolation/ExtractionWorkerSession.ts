import { Worker } from 'node:worker_threads';
import { ExtractionProblem, ReportFile, SourcedEntity } from '../extract/types';
import { awaitReply, failureReason } from './awaitReply';
import { FileRequest, KeyedWorkerOptions, WorkerRequest } from './protocol';
import { startExtractionWorker } from './startExtractionWorker';

/** Loading the parsers (and, in development, transpiling them) may be slow. */
const STARTUP_TIMEOUT_MS = 60_000;

/** How long a thread without work lives on, by default. */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** What became of one file. */
export type FileOutcome =
  | { entities: SourcedEntity[]; problems: ExtractionProblem[] }
  | { failure: 'timeout' }
  | { failure: 'crash'; reason: string };

interface Thread {
  worker: Worker;
  /** Key of the options the thread extracts with now. */
  optionsKey?: string;
}

const ignore = () => {};

/**
 * One long-lived extraction worker thread, fed one file at a time: callers
 * queue, so each file's time budget starts when its parsing does. The thread
 * is started on the first file, is sent each set of options once, and ends
 * after `idleTimeoutMs` without work (it never keeps the process alive while
 * idle). A file that runs over its budget or kills the thread ends that
 * thread; the next file starts a fresh one.
 */
export class ExtractionWorkerSession {
  readonly #maxMemoryMb: number;
  readonly #idleTimeoutMs: number;
  #current?: Thread;
  #starting?: Worker;
  #queue: Promise<unknown> = Promise.resolve();
  #pending = 0;
  #idleTimer?: NodeJS.Timeout;
  #nextId = 1;
  #threadsStarted = 0;

  constructor(options: { maxMemoryMb: number; idleTimeoutMs?: number }) {
    this.#maxMemoryMb = options.maxMemoryMb;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  }

  /** Threads started so far: one unless a file or idleness ended one. */
  get threadsStarted(): number {
    return this.#threadsStarted;
  }

  /**
   * Extracts one file once the files queued before it are done. Rejects
   * only when no thread can be started or configured.
   */
  extract(
    file: ReportFile,
    options: KeyedWorkerOptions,
    budgetMs: number,
  ): Promise<FileOutcome> {
    this.#pending += 1;
    clearTimeout(this.#idleTimer);
    const outcome = this.#queue.then(() =>
      this.#extractNow(file, options, budgetMs),
    );
    this.#queue = outcome.catch(ignore);
    return outcome.finally(() => {
      this.#pending -= 1;
      if (this.#pending === 0) {
        this.#idle();
      }
    });
  }

  /** Ends the thread, if any; a later file starts a new one. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const workers = [this.#current?.worker, this.#starting];
    this.#current = undefined;
    this.#starting = undefined;
    await Promise.all(workers.map(worker => worker?.terminate()));
  }

  async #extractNow(
    file: ReportFile,
    options: KeyedWorkerOptions,
    budgetMs: number,
  ): Promise<FileOutcome> {
    const thread = this.#current ?? (await this.#start());
    thread.worker.ref();
    if (thread.optionsKey !== options.key) {
      await this.#configure(thread, options);
    }
    const id = this.#nextId++;
    const request: FileRequest = {
      type: 'file',
      id,
      path: file.path,
      content: file.content,
      url: file.url,
    };
    const answer = await awaitReply(
      thread.worker,
      message =>
        message.type === 'result' && message.id === id ? message : undefined,
      budgetMs,
      () => thread.worker.postMessage(request satisfies WorkerRequest),
    );
    if ('failure' in answer) {
      this.#discard(thread);
      return answer;
    }
    return { entities: answer.reply.entities, problems: answer.reply.problems };
  }

  async #start(): Promise<Thread> {
    const worker = startExtractionWorker(this.#maxMemoryMb);
    this.#threadsStarted += 1;
    this.#starting = worker;
    // Failures are reported to whoever waits on the thread; without a
    // listener an error event would throw in the backend's thread.
    worker.on('error', ignore);
    worker.once('exit', () => {
      if (this.#current?.worker === worker) {
        this.#current = undefined;
      }
    });
    const ready = await awaitReply(
      worker,
      message => (message.type === 'ready' ? true : undefined),
      STARTUP_TIMEOUT_MS,
    );
    if (this.#starting !== worker || 'failure' in ready) {
      worker.terminate().catch(ignore);
      const reason =
        'failure' in ready
          ? failureReason(ready, STARTUP_TIMEOUT_MS)
          : 'it was stopped';
      throw new Error(`the report extraction worker did not start: ${reason}`);
    }
    this.#starting = undefined;
    this.#current = { worker };
    return this.#current;
  }

  async #configure(thread: Thread, { key, options }: KeyedWorkerOptions) {
    const answer = await awaitReply(
      thread.worker,
      message =>
        message.type === 'configured' && message.key === key ? true : undefined,
      STARTUP_TIMEOUT_MS,
      () =>
        thread.worker.postMessage({
          type: 'configure',
          key,
          options,
        } satisfies WorkerRequest),
    );
    if ('failure' in answer) {
      this.#discard(thread);
      throw new Error(
        `the report extraction worker did not take its options: ${failureReason(
          answer,
          STARTUP_TIMEOUT_MS,
        )}`,
      );
    }
    thread.optionsKey = key;
  }

  #discard(thread: Thread) {
    if (this.#current === thread) {
      this.#current = undefined;
    }
    thread.worker.terminate().catch(ignore);
  }

  /** Lets the process exit while idle, and ends the thread after a while. */
  #idle() {
    this.#current?.worker.unref();
    this.#idleTimer = setTimeout(() => {
      this.close().catch(ignore);
    }, this.#idleTimeoutMs);
    this.#idleTimer.unref();
  }
}
