import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { proseDates } from '../../conferences/proseDates';

/** Front matter dates as blogs write them, besides ISO 8601. */
const DATE_TIME_FORMATS = [
  'yyyy-MM-dd HH:mm:ss ZZ',
  'yyyy-MM-dd HH:mm:ss Z',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm ZZ',
  'yyyy-MM-dd HH:mm',
  'yyyy/MM/dd',
];

const MAX_DATE_CHARS = 80;

/**
 * A front matter date as YYYY-MM-DD: a YAML date, ISO 8601 with or without
 * time and offset, `2017-06-20 00:00:00 +01:00`, or a date in words
 * (`June 20, 2017`). The calendar day is the one the author wrote, whatever
 * the offset. Undefined when it is not a date.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : DateTime.fromJSDate(value, { zone: 'utc' }).toISODate() ?? undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    return undefined;
  }
  const written = String(value).trim().slice(0, MAX_DATE_CHARS);
  const options = { setZone: true } as const;
  let date = DateTime.fromISO(written, options);
  for (const format of DATE_TIME_FORMATS) {
    if (date.isValid) break;
    date = DateTime.fromFormat(written, format, options);
  }
  if (date.isValid) {
    return date.toISODate() ?? undefined;
  }
  const parsed = chrono.en.parse(written)[0];
  if (parsed && parsed.start.isCertain('year')) {
    const { start } = parsed;
    return DateTime.utc(
      start.get('year')!,
      start.get('month')!,
      start.get('day')!,
    ).toISODate()!;
  }
  return undefined;
}

/** How far into a report its date is looked for. */
const DATE_SEARCH_BLOCKS = 8;

/**
 * The first full date (with a year) written near the top of a report, e.g.
 * a "Published: 12 May 2022" line, as YYYY-MM-DD.
 */
export function firstDateIn(
  blocks: Array<{ text: string }>,
): string | undefined {
  for (const block of blocks.slice(0, DATE_SEARCH_BLOCKS)) {
    const [first] = proseDates(block.text.slice(0, 500));
    if (first) {
      return first.start;
    }
  }
  return undefined;
}
