import { Worker } from 'node:worker_threads';
import { WorkerMessage } from './protocol';

/** A worker's answer, or why there is none. */
export type Reply<T> =
  | { reply: T }
  | { failure: 'timeout' }
  | { failure: 'crash'; reason: string };

/**
 * Sends a request (if any) and waits for the first message `accept` takes,
 * for the thread's end, or for the timeout, whichever comes first.
 */
export function awaitReply<T>(
  worker: Worker,
  accept: (message: WorkerMessage) => T | undefined,
  timeoutMs: number,
  send?: () => void,
): Promise<Reply<T>> {
  return new Promise(resolve => {
    const subscriptions: Array<() => void> = [];
    const settle = (outcome: Reply<T>) => {
      subscriptions.forEach(unsubscribe => unsubscribe());
      resolve(outcome);
    };
    const listen = <A extends any[]>(
      event: 'message' | 'error' | 'exit',
      listener: (...args: A) => void,
    ) => {
      worker.on(event, listener);
      subscriptions.push(() => worker.off(event, listener));
    };
    listen('message', (message: WorkerMessage) => {
      const reply = accept(message);
      if (reply !== undefined) {
        settle({ reply });
      }
    });
    listen('error', (error: Error) =>
      settle({ failure: 'crash', reason: error.message }),
    );
    listen('exit', (code: number) =>
      settle({ failure: 'crash', reason: `exit code ${code}` }),
    );
    const timer = setTimeout(() => settle({ failure: 'timeout' }), timeoutMs);
    subscriptions.push(() => clearTimeout(timer));
    send?.();
  });
}

/** Why a request got no answer, in words. */
export function failureReason(
  failure: Exclude<Reply<unknown>, { reply: unknown }>,
  timeoutMs: number,
): string {
  return failure.failure === 'timeout'
    ? `no answer after ${timeoutMs} ms`
    : failure.reason;
}
