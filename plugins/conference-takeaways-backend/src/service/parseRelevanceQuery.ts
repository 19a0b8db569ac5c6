import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Request } from 'express';

/** Items returned when the caller does not ask for a number. */
export const DEFAULT_LIMIT = 10;
/** Most items one request may ask for. */
export const MAX_LIMIT = 100;

export interface RelevanceQuery {
  /** Canonical ref, e.g. `component:default/payments`. */
  entityRef: string;
  limit: number;
}

function single(query: Request['query'], name: string): string | undefined {
  const value = query[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new InputError(`Query parameter ${name} must be given once`);
  }
  return value;
}

function parseRef(value: string | undefined): string {
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
  if (value === undefined) {
    return DEFAULT_LIMIT;
  }
  const limit = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw new InputError(
      `Invalid limit "${value}": expected a whole number from 1 to ${MAX_LIMIT}`,
    );
  }
  return limit;
}

/** Reads and validates the query of `GET /relevant`. */
export function parseRelevanceQuery(query: Request['query']): RelevanceQuery {
  return {
    entityRef: parseRef(single(query, 'entityRef')),
    limit: parseLimit(single(query, 'limit')),
  };
}
