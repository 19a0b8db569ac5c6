import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';

/**
 * Runs a change to the radar's citations or proposals: says so when it is
 * done, posts the backend's message when it fails, and calls `onDone` (to
 * load what changed) after success. `running` disables the buttons meanwhile.
 */
export function useRadarAction<Args extends unknown[]>(
  action: (...args: Args) => Promise<unknown>,
  options: { success: string; onDone?: () => void },
) {
  const alertApi = useApi(alertApiRef);
  const { success, onDone } = options;
  const [state, run] = useAsyncFn(
    async (...args: Args) => {
      try {
        await action(...args);
      } catch (error) {
        alertApi.post({
          message: errorMessage(error),
          severity: 'error',
        });
        return false;
      }
      alertApi.post({
        message: success,
        severity: 'success',
        display: 'transient',
      });
      onDone?.();
      return true;
    },
    [action, alertApi, success, onDone],
  );
  return { run, running: state.loading };
}

/** The backend's own message (a ResponseError carries it as its cause). */
function errorMessage(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause;
  if (cause?.message) {
    return cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
