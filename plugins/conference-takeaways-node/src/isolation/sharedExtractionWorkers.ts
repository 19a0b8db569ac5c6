import { ExtractionWorkerSession } from './ExtractionWorkerSession';

/** One session per heap limit, shared by every caller in this process. */
const sessions = new Map<number, ExtractionWorkerSession>();

/** The process's extraction worker for threads with this heap limit. */
export function sharedExtractionWorker(
  maxMemoryMb: number,
): ExtractionWorkerSession {
  let session = sessions.get(maxMemoryMb);
  if (!session) {
    session = new ExtractionWorkerSession({ maxMemoryMb });
    sessions.set(maxMemoryMb, session);
  }
  return session;
}

/**
 * Ends the report extraction worker threads of this process, e.g. from a
 * backend's shutdown hook; a later extraction starts a thread again. Idle
 * threads end on their own after a minute and never keep a process alive.
 *
 * @public
 */
export async function stopExtractionWorkers(): Promise<void> {
  await Promise.all([...sessions.values()].map(session => session.close()));
}

/** Extraction worker threads this process has started so far. */
export function extractionWorkerThreadsStarted(): number {
  let started = 0;
  for (const session of sessions.values()) {
    started += session.threadsStarted;
  }
  return started;
}
