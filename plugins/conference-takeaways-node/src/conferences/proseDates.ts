import * as chrono from 'chrono-node';

/** A date written in prose, with its end when a range ("Dec 11-12, 2024"). */
export interface ProseDate {
  start: string;
  end?: string;
}

const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s{0,3}\d|\d\.?\s{0,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:19|20)\d\d-\d\d-\d\d\b/gi;
/** chrono is slow on long runs; it only ever sees short, tidy snippets. */
const SNIPPET_RADIUS = 40;
const MAX_SNIPPETS = 300;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Full dates (day, month and year) written in the text, read with chrono
 * from short snippets around month names and ISO dates, so the work stays
 * linear in the text's length whatever it holds.
 */
export function proseDates(text: string): ProseDate[] {
  const dates: ProseDate[] = [];
  const seen = new Set<number>();
  let snippets = 0;
  for (const match of text.matchAll(MONTH)) {
    if (snippets >= MAX_SNIPPETS) {
      break;
    }
    const from = Math.max(0, match.index - SNIPPET_RADIUS);
    if (seen.has(from)) {
      continue;
    }
    seen.add(from);
    snippets++;
    const snippet = text
      .slice(from, match.index + SNIPPET_RADIUS)
      .replace(/\s+/g, ' ');
    for (const result of chrono.strict.parse(snippet, new Date(0))) {
      if (
        result.start.isCertain('year') &&
        result.start.isCertain('month') &&
        result.start.isCertain('day')
      ) {
        dates.push({
          start: isoDay(result.start.date()),
          end: result.end ? isoDay(result.end.date()) : undefined,
        });
      }
    }
  }
  return dates;
}
