import { Request } from 'express';
import { singleQueryParam, wholeNumberParam } from '../queryParams';
import { ResponseLimits } from '../responseLimits';

/** Which page of a tool's takeaways and talks a request asks for. */
export interface ToolPageQuery {
  offset: number;
  limit: number;
}

/** The largest offset accepted: far beyond any catalog, small enough to be exact. */
const MAX_OFFSET = 1_000_000_000;

/** Reads and validates `limit` and `offset` of `GET /tools/:tool`. */
export function parseToolPageQuery(
  query: Request['query'],
  limits: ResponseLimits,
): ToolPageQuery {
  const limit = singleQueryParam(query, 'limit');
  const offset = singleQueryParam(query, 'offset');
  return {
    limit:
      limit === undefined
        ? limits.pageSize
        : wholeNumberParam(limit, 'limit', { min: 1, max: limits.maxPageSize }),
    offset:
      offset === undefined
        ? 0
        : wholeNumberParam(offset, 'offset', { min: 0, max: MAX_OFFSET }),
  };
}
