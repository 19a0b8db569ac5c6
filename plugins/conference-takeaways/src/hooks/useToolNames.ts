import { useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { conferenceTakeawaysApiRef } from '../api';

/**
 * Display names of tool slugs (`argo-cd` → `Argo CD`), asked of the backend
 * in one request. Names already known are passed in and kept; until the
 * answer comes (or when it fails) a slug stands for itself.
 */
export function useToolNames(
  slugs: string[],
  known: Array<{ slug: string; name: string }> = [],
): Map<string, string> {
  const api = useApi(conferenceTakeawaysApiRef);
  const key = [...new Set(slugs.map(s => s.toLocaleLowerCase('en-US')))]
    .sort()
    .join(',');
  const { value } = useAsync(
    () => api.getToolSummaries(key ? key.split(',') : []),
    [api, key],
  );
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const tool of [...known, ...(value?.tools ?? [])]) {
      names.set(tool.slug, tool.name);
    }
    return names;
  }, [known, value]);
}
