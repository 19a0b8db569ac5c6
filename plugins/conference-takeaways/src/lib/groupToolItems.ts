import {
  ConferenceSummary,
  ToolHubItem,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** The items of one conference (or of none) within a year. */
export interface ConferenceItems {
  /** Absent for items without a conference. */
  conference?: ConferenceSummary;
  items: ToolHubItem[];
}

/** The items of one year, by conference. */
export interface YearItems {
  /** Absent for items with no known date. */
  year?: number;
  conferences: ConferenceItems[];
}

function yearOf(item: ToolHubItem): number | undefined {
  if (item.conference?.year !== undefined) {
    return item.conference.year;
  }
  const year = Number(item.date?.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/**
 * Groups a tool's takeaways and talks by year (newest first, undated last),
 * then by conference. The backend lists items newest first, so conferences
 * keep that order within a year, and items keep it within a conference.
 */
export function groupItemsByYear(items: ToolHubItem[]): YearItems[] {
  const years = new Map<number | undefined, Map<string, ConferenceItems>>();
  for (const item of items) {
    const year = yearOf(item);
    const conferences = years.get(year) ?? new Map();
    years.set(year, conferences);
    const key = item.conference?.entityRef ?? '';
    const group = conferences.get(key) ?? {
      ...(item.conference && { conference: item.conference }),
      items: [],
    };
    conferences.set(key, group);
    group.items.push(item);
  }
  return [...years.entries()]
    .sort(([a], [b]) => (b ?? -Infinity) - (a ?? -Infinity))
    .map(([year, conferences]) => ({
      ...(year !== undefined && { year }),
      conferences: [...conferences.values()],
    }));
}
