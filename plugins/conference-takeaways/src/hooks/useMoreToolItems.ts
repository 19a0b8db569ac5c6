import { useApi } from '@backstage/core-plugin-api';
import {
  PageInfo,
  ToolHubItem,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useEffect, useMemo, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { conferenceTakeawaysApiRef } from '../api';

interface LoadedPage {
  items: ToolHubItem[];
  page: PageInfo;
}

/**
 * The tool page's takeaways and talks: the hub's first page, then the next
 * ones as the reader asks for them. The backend pages them because a common
 * tool has thousands.
 */
export function useMoreToolItems(tool: string, hub: ToolHubResponse) {
  const api = useApi(conferenceTakeawaysApiRef);
  const [more, setMore] = useState<LoadedPage[]>([]);
  // A reloaded hub starts again from its first page.
  useEffect(() => setMore([]), [hub]);

  const last = more.length > 0 ? more[more.length - 1].page : hub.itemsPage;
  const [state, loadMore] = useAsyncFn(async () => {
    if (last.nextOffset === undefined) {
      return;
    }
    const next = await api.getTool(tool, {
      offset: last.nextOffset,
      limit: last.limit,
    });
    setMore(pages => [...pages, { items: next.items, page: next.itemsPage }]);
  }, [api, tool, last]);

  const items = useMemo(() => {
    // The catalog may change between pages: never list an item twice.
    const seen = new Set<string>();
    return [hub.items, ...more.map(page => page.items)]
      .flat()
      .filter(item => !seen.has(item.entityRef) && seen.add(item.entityRef));
  }, [hub, more]);

  return {
    items,
    total: last.total,
    hasMore: last.nextOffset !== undefined,
    loadMore,
    loading: state.loading,
    error: state.error,
  };
}
