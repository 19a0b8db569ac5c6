import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceTakeawaysApiRef } from '../api';

/** Everything about one tool, from the backend, with a retry function. */
export function useToolHub(tool: string) {
  const api = useApi(conferenceTakeawaysApiRef);
  return useAsyncRetry(() => api.getTool(tool), [api, tool]);
}
