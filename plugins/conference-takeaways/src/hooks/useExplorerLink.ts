import { useRouteRef } from '@backstage/core-plugin-api';
import { explorerLinkRouteRef } from '../routes';

/** Query parameters the explorer page understands. */
export interface ExplorerLinkParams {
  tab?: 'conferences' | 'takeaways' | 'talks' | 'add-report';
  tool?: string;
  conference?: string;
  year?: number;
  q?: string;
}

/** Builds explorer URLs from {@link ExplorerLinkParams}. */
export type ExplorerLinkFn = (params?: ExplorerLinkParams) => string;

export function explorerLink(base: string, params: ExplorerLinkParams = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      query.set(key, String(value));
    }
  }
  const search = query.toString();
  return search ? `${base}?${search}` : base;
}

/**
 * Links to the takeaways explorer, or undefined when the app has not bound
 * the explorer link: the cards then simply render without those links.
 */
export function useExplorerLink(): ExplorerLinkFn | undefined {
  const explorerRoute = useRouteRef(explorerLinkRouteRef);
  if (!explorerRoute) {
    return undefined;
  }
  const base = explorerRoute();
  return params => explorerLink(base, params);
}
