/*
 * Age decay. Cloud native tooling moves fast, so a talk from five years ago
 * is less likely to describe how a tool works today. The weight halves every
 * HALF_LIFE_YEARS and never drops below AGE_FLOOR, so old items rank lower
 * but stay visible:
 *
 *   ageFactor = max(AGE_FLOOR, 0.5 ^ (ageInYears / HALF_LIFE_YEARS))
 *
 * e.g. 1.0 today, 0.79 after 1 year, 0.5 after 3, 0.31 after 5, 0.25 after 6+.
 */

/** Years after which an item counts half. @public */
export const RELEVANCE_AGE_HALF_LIFE_YEARS = 3;
/** Lowest age factor: old items are ranked down, never hidden. @public */
export const RELEVANCE_AGE_FLOOR = 0.25;
/** Age factor for items whose date is unknown: as if one half-life old. */
export const UNKNOWN_AGE_FACTOR = 0.5;

const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;

/** The age factor of an item dated `date`, seen at `now`. @public */
export function ageFactor(date: Date | undefined, now: Date): number {
  if (!date) {
    return UNKNOWN_AGE_FACTOR;
  }
  const ageYears = Math.max(0, (now.getTime() - date.getTime()) / MS_PER_YEAR);
  return Math.max(
    RELEVANCE_AGE_FLOOR,
    Math.pow(0.5, ageYears / RELEVANCE_AGE_HALF_LIFE_YEARS),
  );
}

/**
 * Parses an ISO 8601 date (`2022-05-16`); undefined when missing or invalid.
 */
export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Middle of a year, for items we only know the year of. */
export function midYear(year: unknown): Date | undefined {
  return typeof year === 'number' && Number.isInteger(year)
    ? new Date(Date.UTC(year, 6, 1))
    : undefined;
}
