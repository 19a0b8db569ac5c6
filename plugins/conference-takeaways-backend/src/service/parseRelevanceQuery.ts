import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { singleQueryParam, wholeNumberParam } from './queryParams';

/** Items returned when the caller does not ask for a number. */
export const DEFAULT_LIMIT = 10;
/** Most items one request may ask for. */
export const MAX_LIMIT = 100;

export interface RelevanceQuery {
  /** Canonical ref, e.g. `component:default/payments`. */
  entityRef: string;
  limit: number;
}

/** A canonical entity ref from a caller's value; `InputError` when malformed. */
export function parseRef(value: string | undefined): string {
  if (!value) {
    throw new InputError(
      'Missing query parameter entityRef, e.g. entityRef=component:default/payments',
    );
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultNamespace: 'default' }),
    );
  } catch (error) {
    throw new InputError(
      `Invalid entityRef "${value}": expected kind:namespace/name, e.g. component:default/payments`,
      error,
    );
  }
}

function parseLimit(value: string | undefined): number {
  return value === undefined
    ? DEFAULT_LIMIT
    : wholeNumberParam(value, 'limit', { min: 1, max: MAX_LIMIT });
}

/** Reads and validates the query of `GET /relevant`. */
export function parseRelevanceQuery(query: Request['query']): RelevanceQuery {
  return {
    entityRef: parseRef(singleQueryParam(query, 'entityRef')),
    limit: parseLimit(singleQueryParam(query, 'limit')),
  };
}
