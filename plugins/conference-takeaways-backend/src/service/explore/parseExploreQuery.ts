import { InputError } from '@backstage/errors';
import {
  EXPLORE_KINDS,
  ExploreKind,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Request } from 'express';
import { canonicalRef } from '../catalogIndex/canonicalRef';
import { singleQueryParam, wholeNumberParam } from '../queryParams';

export const EXPLORE_DEFAULT_LIMIT = 20;
export const EXPLORE_MAX_LIMIT = 100;
/** Longest text query, in characters. */
export const EXPLORE_MAX_QUERY = 200;
/** Most `tool` (and `trendTools`) values one request may give. */
export const EXPLORE_MAX_TOOLS = 20;
/** Highest offset: beyond it there is nothing a person pages to. */
const MAX_OFFSET = 1_000_000;
const SLUG = /^[a-z0-9][a-z0-9.+-]{0,62}$/;

/** The validated query of `GET /explore`. */
export interface ExploreRequest {
  kind: ExploreKind;
  tools: string[];
  conference?: string;
  year?: number;
  q?: string;
  limit: number;
  offset: number;
  trendTools?: string[];
}

function slugs(values: string[], name: string): string[] {
  if (values.length > EXPLORE_MAX_TOOLS) {
    throw new InputError(
      `Too many ${name} values: at most ${EXPLORE_MAX_TOOLS}, got ${values.length}`,
    );
  }
  for (const value of values) {
    if (!SLUG.test(value)) {
      throw new InputError(
        `Invalid ${name} "${value.slice(
          0,
          80,
        )}": expected a tool slug such as linkerd`,
      );
    }
  }
  return [...new Set(values)];
}

function repeated(query: Request['query'], name: string): string[] {
  const value = query[name];
  if (value === undefined) {
    return [];
  }
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v): v is string => typeof v === 'string')) {
    throw new InputError(`Query parameter ${name} must be plain text`);
  }
  return values;
}

function parseKind(value: string | undefined): ExploreKind {
  if (value === undefined) {
    return 'takeaway';
  }
  if (!EXPLORE_KINDS.includes(value as ExploreKind)) {
    throw new InputError(
      `Invalid kind "${value.slice(
        0,
        40,
      )}": expected one of ${EXPLORE_KINDS.join(', ')}`,
    );
  }
  return value as ExploreKind;
}

function parseConference(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const ref = canonicalRef(value, 'conference');
  if (!ref || !ref.startsWith('conference:')) {
    throw new InputError(
      `Invalid conference "${value.slice(
        0,
        80,
      )}": expected a conference entity ref, e.g. conference:default/kubecon-eu-2022`,
    );
  }
  return ref;
}

function parseText(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (value.length > EXPLORE_MAX_QUERY) {
    throw new InputError(
      `Query parameter q is too long: at most ${EXPLORE_MAX_QUERY} characters, got ${value.length}`,
    );
  }
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** Reads and validates the query of `GET /explore`; a bad one is a 400 naming the parameter. */
export function parseExploreQuery(query: Request['query']): ExploreRequest {
  const year = singleQueryParam(query, 'year');
  const limit = singleQueryParam(query, 'limit');
  const offset = singleQueryParam(query, 'offset');
  const trendTools = singleQueryParam(query, 'trendTools');
  return {
    kind: parseKind(singleQueryParam(query, 'kind')),
    tools: slugs(repeated(query, 'tool'), 'tool'),
    conference: parseConference(singleQueryParam(query, 'conference')),
    year:
      year === undefined
        ? undefined
        : wholeNumberParam(year, 'year', { min: 1900, max: 2200 }),
    q: parseText(singleQueryParam(query, 'q')),
    limit:
      limit === undefined
        ? EXPLORE_DEFAULT_LIMIT
        : wholeNumberParam(limit, 'limit', { min: 1, max: EXPLORE_MAX_LIMIT }),
    offset:
      offset === undefined
        ? 0
        : wholeNumberParam(offset, 'offset', { min: 0, max: MAX_OFFSET }),
    trendTools:
      trendTools === undefined
        ? undefined
        : slugs(trendTools.split(',').filter(Boolean), 'trendTools'),
  };
}
