import { compareStrings, mergeEntities } from '../extract/merge';
import {
  ExtractionProblem,
  ExtractionResult,
  ExtractOptions,
  ReportFile,
  SourcedEntity,
} from '../extract/types';
import { createHash } from 'node:crypto';
import { KeyedWorkerOptions, WorkerOptions } from './protocol';
import { sharedExtractionWorker } from './sharedExtractionWorkers';

/**
 * How long one file may take to parse, by default.
 *
 * @public
 */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

/** The app-config key named when a file runs over its budget. */
const PARSE_TIMEOUT_SETTING = 'conferenceTakeaways.reports.parseTimeoutMs';

/**
 * Options of {@link extractEntitiesIsolated}. Custom `parsers` are code and
 * cannot be handed to another thread, so only the built-in formats are read.
 *
 * @public
 */
export interface IsolatedExtractOptions
  extends Omit<ExtractOptions, 'parsers'> {
  /** Milliseconds one file may take; `DEFAULT_PARSE_TIMEOUT_MS`. */
  timeBudgetMs?: number;
  /** Heap limit of the worker thread in MiB; 1024. */
  maxWorkerMemoryMb?: number;
}

/** The options with a fingerprint, so a worker builds them only once. */
function keyed(options: WorkerOptions): KeyedWorkerOptions {
  const key = createHash('sha256')
    .update(JSON.stringify(options))
    .digest('hex');
  return { key, options };
}

/**
 * {@link extractEntities} off the event loop: files are parsed one by one
 * in a worker thread, so parsing never blocks the backend. The thread is
 * shared by every call in the process and lives on between calls (see
 * {@link stopExtractionWorkers}). A file that takes longer than
 * `timeBudgetMs` (or exhausts the worker's memory) is skipped with a problem
 * naming it and the setting; the thread is then ended and a fresh one reads
 * the remaining files. Same result as `extractEntities` otherwise.
 *
 * @public
 */
export async function extractEntitiesIsolated(
  files: ReportFile[],
  options: IsolatedExtractOptions = {},
): Promise<ExtractionResult> {
  const {
    dictionary,
    conferences,
    timeBudgetMs = DEFAULT_PARSE_TIMEOUT_MS,
    maxWorkerMemoryMb = 1024,
    ...rest
  } = options;
  const worker = sharedExtractionWorker(maxWorkerMemoryMb);
  const workerOptions = keyed({
    ...rest,
    tools: dictionary?.list(),
    conferenceSeries: conferences?.list(),
  });
  const sourced: SourcedEntity[] = [];
  const problems: ExtractionProblem[] = [];
  const ordered = [...files].sort((a, b) => compareStrings(a.path, b.path));
  for (const file of ordered) {
    const outcome = await worker.extract(file, workerOptions, timeBudgetMs);
    if ('failure' in outcome) {
      problems.push({
        path: file.path,
        message:
          outcome.failure === 'timeout'
            ? `${file.path} took longer than ${timeBudgetMs} ms to parse and was skipped (${PARSE_TIMEOUT_SETTING})`
            : `${file.path} stopped the parser (${outcome.reason}) and was skipped`,
      });
      continue;
    }
    sourced.push(...outcome.entities);
    problems.push(...outcome.problems);
  }
  return { entities: mergeEntities(sourced), problems };
}
