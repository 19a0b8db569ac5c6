import { InputError } from '@backstage/errors';
import {
  ToolLookup,
  ToolSummariesResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** More slugs than a chart or page shows at once is a mistake or abuse. */
export const MAX_SUMMARY_SLUGS = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the repeated `slug` query parameter of `GET /tools`. */
export function parseSummarySlugs(query: Record<string, unknown>): string[] {
  const raw = query.slug;
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (raw === undefined) {
    return [];
  }
  if (values.length > MAX_SUMMARY_SLUGS) {
    throw new InputError(
      `Too many slug parameters: at most ${MAX_SUMMARY_SLUGS} per request`,
    );
  }
  for (const value of values) {
    if (typeof value !== 'string' || value.length > 63 || !SLUG.test(value)) {
      throw new InputError(
        `Invalid slug "${String(
          value,
        )}": expected a tool slug such as linkerd or argo-cd`,
      );
    }
  }
  return [...new Set(values as string[])];
}

/** Name and background flag of each known tool, in the order asked. */
export function toolSummaries(
  dictionary: ToolLookup,
  slugs: string[],
): ToolSummariesResponse {
  return {
    tools: slugs.flatMap(slug => {
      const tool = dictionary.get(slug);
      return tool
        ? [{ slug, name: tool.name, ubiquitous: tool.ubiquitous === true }]
        : [];
    }),
  };
}
