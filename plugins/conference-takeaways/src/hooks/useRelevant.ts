import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceTakeawaysApiRef } from '../api';

/** Ranked takeaways and talks for an entity, with a retry function. */
export function useRelevant(entityRef: string, limit?: number) {
  const api = useApi(conferenceTakeawaysApiRef);
  return useAsyncRetry(
    () => api.getRelevant(entityRef, { limit }),
    [api, entityRef, limit],
  );
}
