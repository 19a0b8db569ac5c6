import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { precisionRecall } from './matching';

/**
 * The dictionary's slug for an expected tool, so an annotation written as a
 * name or alias (`lws`, `OTel`) matches the slug the extractor reports.
 */
function canonical(slug: string, dictionary: ToolDictionary): string {
  return (dictionary.get(slug) ?? dictionary.resolve(slug))?.slug ?? slug;
}

/**
 * Tools found against tools expected. Optional tools (named in passing,
 * borderline) count neither way.
 */
export function scoreTools(
  found: Iterable<string>,
  expected: readonly string[],
  optional: readonly string[],
  dictionary: ToolDictionary,
) {
  const foundSet = new Set(found);
  const want = [...new Set(expected.map(t => canonical(t, dictionary)))];
  const allowed = new Set(optional.map(t => canonical(t, dictionary)));
  const hits = want.filter(t => foundSet.has(t));
  const extra = [...foundSet].filter(t => !want.includes(t) && !allowed.has(t));
  return {
    hits: hits.length,
    found: hits.length + extra.length,
    expected: want.length,
    ...precisionRecall(hits.length, hits.length + extra.length, want.length),
    missed: want.filter(t => !foundSet.has(t)),
    extra: extra.sort(),
  };
}
