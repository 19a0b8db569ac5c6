const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function parts(iso: string | undefined) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) {
    return undefined;
  }
  const month = MONTHS[Number(match[2]) - 1];
  return month
    ? { year: match[1], month, day: String(Number(match[3])) }
    : undefined;
}

/**
 * A conference's dates, short and unambiguous in any locale:
 * `16–20 May 2022`, `30 Apr – 2 May 2022`, `16 May 2022`. Undefined when the
 * start date is missing or not an ISO date.
 */
export function dateRange(start?: string, end?: string): string | undefined {
  const from = parts(start);
  if (!from) {
    return undefined;
  }
  const to = parts(end);
  if (
    !to ||
    (to.year === from.year && to.month === from.month && to.day === from.day)
  ) {
    return `${from.day} ${from.month} ${from.year}`;
  }
  if (to.year !== from.year) {
    return `${from.day} ${from.month} ${from.year} – ${to.day} ${to.month} ${to.year}`;
  }
  if (to.month !== from.month) {
    return `${from.day} ${from.month} – ${to.day} ${to.month} ${to.year}`;
  }
  return `${from.day}–${to.day} ${to.month} ${to.year}`;
}
