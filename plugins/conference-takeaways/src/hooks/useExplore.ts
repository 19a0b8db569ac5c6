import { useApi } from '@backstage/core-plugin-api';
import {
  ExploreQuery,
  ExploreResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useEffect, useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceTakeawaysApiRef } from '../api';

/**
 * One explorer page from the backend. While the next page or filter loads,
 * the previous answer stays available as `previous`, so tables and filters
 * do not jump to a spinner on every keystroke.
 */
export function useExplore(query: ExploreQuery) {
  const api = useApi(conferenceTakeawaysApiRef);
  const key = JSON.stringify(query);
  const state = useAsyncRetry(
    () => api.explore(JSON.parse(key) as ExploreQuery),
    [api, key],
  );
  const last = useRef<ExploreResponse | undefined>(undefined);
  useEffect(() => {
    if (state.value) {
      last.current = state.value;
    }
  }, [state.value]);
  return { ...state, previous: state.value ?? last.current };
}
