/**
 * Types of the explorer API: `GET /api/conference-takeaways/explore` and
 * `GET /api/conference-takeaways/explore/tools`. The backend computes pages,
 * facets and trends where the data is, so browsers never load the whole set.
 */

/** Which of our kinds an explorer query lists. @public */
export type ExploreKind = 'takeaway' | 'talk' | 'conference';

/** All explorer kinds, in the order the explorer shows them. @public */
export const EXPLORE_KINDS: readonly ExploreKind[] = [
  'takeaway',
  'talk',
  'conference',
];

/** A tool as the explorer shows it: its slug and its display name. @public */
export interface ExploreTool {
  slug: string;
  name: string;
}

/** The conference an explorer item belongs to. @public */
export interface ExploreConference {
  entityRef: string;
  title: string;
  year?: number;
  /** ISO 8601 date (YYYY-MM-DD). */
  startDate?: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  endDate?: string;
  /** e.g. `Valencia, Europe`. */
  location?: string;
}

/** Links of a talk, when the report or the talk page gave them. @public */
export interface ExploreMedia {
  recording?: string;
  slides?: string;
  schedule?: string;
}

/** The field of an item a text query matched, with the text around it. @public */
export interface ExploreMatch {
  field: 'title' | 'summary' | 'tools' | 'speakers' | 'body';
  /** Plain text around the match (not HTML). */
  snippet: string;
}

/** One row of an explorer page. @public */
export interface ExploreItem {
  entityRef: string;
  kind: 'Takeaway' | 'Talk' | 'Conference';
  /** metadata.name */
  name: string;
  /** Headline of a takeaway, title of a talk, name of a conference. */
  title: string;
  summary?: string;
  /** The conference of a takeaway or talk; a conference's own details. */
  conference?: ExploreConference;
  year?: number;
  tools: ExploreTool[];
  speakers?: { name: string; company?: string }[];
  media?: ExploreMedia;
  /** Why the item matched `q`; absent without `q`. */
  match?: ExploreMatch;
}

/** Counts of the filtered items by tool, conference and year. @public */
export interface ExploreFacets {
  tools: (ExploreTool & { count: number })[];
  conferences: {
    entityRef: string;
    title: string;
    year?: number;
    count: number;
  }[];
  years: { year: number; count: number }[];
}

/**
 * Takeaways per tool per year within the filter: `counts[i]` is the number of
 * takeaways about the series' tool in `years[i]`.
 *
 * @public
 */
export interface ExploreTrends {
  years: number[];
  series: (ExploreTool & { counts: number[] })[];
}

/** Answer of `GET /explore`. @public */
export interface ExploreResponse {
  kind: ExploreKind;
  /** Items matching the filter (all pages). */
  total: number;
  offset: number;
  limit: number;
  items: ExploreItem[];
  facets: ExploreFacets;
  trends: ExploreTrends;
}

/** Query of `GET /explore`; every field optional. @public */
export interface ExploreQuery {
  /** Default `takeaway`. */
  kind?: ExploreKind;
  /** Tool slugs; an item matches when it has any of them. At most 20. */
  tool?: string[];
  /** Entity ref of a conference. */
  conference?: string;
  year?: number;
  /** Free text, at most 200 characters. */
  q?: string;
  /** 1 to 100, default 20. */
  limit?: number;
  offset?: number;
  /** Tool slugs of the trend series, instead of the top 8 within the filter. */
  trendTools?: string[];
}

/** One row of `GET /explore/tools`. @public */
export interface ExploreToolSummary extends ExploreTool {
  /** Takeaways about or mentioning the tool. */
  takeaways: number;
  talks: number;
  /** Ring of the tool's radar entry, e.g. `adopt`. */
  ring?: string;
  /** Id of the tool's radar entry. */
  radarEntry?: string;
  /** Latest year of a takeaway or talk about the tool. */
  lastYear?: number;
}

/** Answer of `GET /explore/tools`: every tool with takeaways, talks or a radar entry, sorted by name. @public */
export interface ExploreToolsResponse {
  tools: ExploreToolSummary[];
}
