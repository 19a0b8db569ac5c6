/**
 * The tech radar treats `timeline[0]` as the current ring, so timelines are
 * kept newest first. Items with the same date keep the order the file gives
 * them (the sort is stable).
 *
 * @public
 */
export function sortTimelineNewestFirst<T extends { date: string }>(
  timeline: readonly T[],
): T[] {
  return [...timeline].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}
