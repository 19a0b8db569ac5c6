import { RelevantItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** Filters of the entity tab's ranked list; empty fields match everything. */
export interface RelevantItemFilter {
  tool?: string;
  /** Conference entity ref as sent by the backend. */
  conference?: string;
  year?: number;
}

/** The values the filters can take, from the items themselves. */
export interface RelevantItemFilterOptions {
  tools: string[];
  conferences: Array<{ entityRef: string; title: string; year?: number }>;
  years: number[];
}

export function relevantItemFilterOptions(
  items: RelevantItem[],
): RelevantItemFilterOptions {
  const tools = new Set<string>();
  const conferences = new Map<
    string,
    { entityRef: string; title: string; year?: number }
  >();
  const years = new Set<number>();
  for (const item of items) {
    item.tools.forEach(tool => tools.add(tool));
    if (item.conference) {
      conferences.set(item.conference.entityRef, item.conference);
      if (item.conference.year !== undefined) {
        years.add(item.conference.year);
      }
    }
  }
  return {
    tools: [...tools].sort(),
    conferences: [...conferences.values()].sort(
      (a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title),
    ),
    years: [...years].sort((a, b) => b - a),
  };
}

export function filterRelevantItems(
  items: RelevantItem[],
  filter: RelevantItemFilter,
): RelevantItem[] {
  return items.filter(
    item =>
      (!filter.tool || item.tools.includes(filter.tool)) &&
      (!filter.conference ||
        item.conference?.entityRef === filter.conference) &&
      (filter.year === undefined || item.conference?.year === filter.year),
  );
}
