import { InputError } from '@backstage/errors';
import { Request } from 'express';

/** A query parameter given at most once; a repeated one is a 400. */
export function singleQueryParam(
  query: Request['query'],
  name: string,
): string | undefined {
  const value = query[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new InputError(`Query parameter ${name} must be given once`);
  }
  return value;
}

/** A whole number from `min` to `max`, or a 400 naming the parameter and range. */
export function wholeNumberParam(
  value: string,
  name: string,
  range: { min: number; max: number },
): number {
  // At most 10 digits: no float rounding, and "1e3" or "0x10" are refused.
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(number >= range.min && number <= range.max)) {
    throw new InputError(
      `Invalid ${name} "${value}": expected a whole number from ${range.min} to ${range.max}`,
    );
  }
  return number;
}
