import { TakeawayEntity } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  compareConferenceInfo,
  ConferenceIndex,
  ConferenceInfo,
  subjectToolsOf,
} from './conferences';

/** How often one tool was the subject of takeaways, over all conferences. */
export interface ToolTotal {
  slug: string;
  count: number;
}

/** One point on the x axis of the trends chart. */
export interface ToolTrendRow {
  conference: ConferenceInfo;
  /** Takeaways about each tool at this conference. */
  counts: Record<string, number>;
}

export interface ToolTrends {
  /** Conferences in date order, each with its per-tool counts. */
  rows: ToolTrendRow[];
  /** Every tool that was a subject at least once, most discussed first. */
  tools: ToolTotal[];
}

/**
 * Counts, per conference, the takeaways whose subject is each tool.
 * Conferences without any takeaway are left out: they would only add zeros.
 */
export function buildToolTrends(
  takeaways: TakeawayEntity[],
  conferences: ConferenceIndex,
): ToolTrends {
  const rowsByRef = new Map<string, ToolTrendRow>();
  const totals = new Map<string, number>();

  for (const takeaway of takeaways) {
    const conference = conferences.get(takeaway.spec.conference);
    if (!conference) {
      continue;
    }
    let row = rowsByRef.get(conference.ref);
    if (!row) {
      row = { conference, counts: {} };
      rowsByRef.set(conference.ref, row);
    }
    for (const slug of new Set(subjectToolsOf(takeaway))) {
      row.counts[slug] = (row.counts[slug] ?? 0) + 1;
      totals.set(slug, (totals.get(slug) ?? 0) + 1);
    }
  }

  const rows = [...rowsByRef.values()].sort((a, b) =>
    compareConferenceInfo(a.conference, b.conference),
  );
  const tools = [...totals.entries()]
    .map(([slug, count]) => ({ slug, count }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  return { rows, tools };
}
