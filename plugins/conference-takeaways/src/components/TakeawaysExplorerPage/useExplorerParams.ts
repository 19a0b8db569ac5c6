import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ExplorerLinkParams } from '../../hooks/useExplorerLink';

export type ExplorerTab = NonNullable<ExplorerLinkParams['tab']> | 'trends';

const TABS: ExplorerTab[] = [
  'takeaways',
  'talks',
  'conferences',
  'trends',
  'add-report',
];

export interface ExplorerParams {
  tab: ExplorerTab;
  q?: string;
  tool?: string;
  conference?: string;
  year?: number;
  /** 0-based page of the list. */
  page: number;
}

/**
 * Explorer state lives in the URL, so filtered views can be linked to (tool
 * chips on entity pages do) and survive a reload.
 */
export function useExplorerParams(): [
  ExplorerParams,
  (change: Partial<ExplorerParams>) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') as ExplorerTab | null;
  const year = Number(searchParams.get('year'));
  const page = Number(searchParams.get('page'));
  const params: ExplorerParams = {
    tab: tab && TABS.includes(tab) ? tab : 'takeaways',
    q: searchParams.get('q') ?? undefined,
    tool: searchParams.get('tool') ?? undefined,
    conference: searchParams.get('conference') ?? undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 0,
  };

  const update = useCallback(
    (change: Partial<ExplorerParams>) => {
      setSearchParams(
        current => {
          const next = new URLSearchParams(current);
          // any other change shows a new list: back to its first page
          if (!('page' in change)) {
            next.delete('page');
          }
          for (const [key, value] of Object.entries(change)) {
            if (value === undefined || value === '' || value === 0) {
              next.delete(key);
            } else {
              next.set(key, String(value));
            }
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return [params, update];
}
