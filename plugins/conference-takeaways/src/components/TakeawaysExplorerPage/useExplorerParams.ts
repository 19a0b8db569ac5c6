import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ExplorerLinkParams } from '../../hooks/useExplorerLink';

export type ExplorerTab = NonNullable<ExplorerLinkParams['tab']> | 'trends';

const TABS: ExplorerTab[] = [
  'takeaways',
  'trends',
  'conferences',
  'talks',
  'add-report',
];

export interface ExplorerParams {
  tab: ExplorerTab;
  q?: string;
  tool?: string;
  conference?: string;
  year?: number;
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
  const params: ExplorerParams = {
    tab: tab && TABS.includes(tab) ? tab : 'takeaways',
    q: searchParams.get('q') ?? undefined,
    tool: searchParams.get('tool') ?? undefined,
    conference: searchParams.get('conference') ?? undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
  };

  const update = useCallback(
    (change: Partial<ExplorerParams>) => {
      setSearchParams(
        current => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value === undefined || value === '') {
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
