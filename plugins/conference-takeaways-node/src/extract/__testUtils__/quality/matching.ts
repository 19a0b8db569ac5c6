import leven from 'leven';
import { contentTokens } from '../../text';
import { normaliseTitle } from './normalise';

/** Precision and recall; an empty side counts as perfect. */
export function precisionRecall(hits: number, found: number, expected: number) {
  return {
    precision: found ? hits / found : 1,
    recall: expected ? hits / expected : 1,
  };
}

/**
 * Greedy one-to-one matching, best pairs first: returns [found index,
 * expected index] pairs whose similarity is at least `minimum`.
 */
export function matchOneToOne<F, E>(
  found: readonly F[],
  expected: readonly E[],
  similarity: (f: F, e: E) => number,
  minimum: number,
): Array<[number, number]> {
  const pairs = found
    .flatMap((f, i) => expected.map((e, j) => ({ i, j, s: similarity(f, e) })))
    .filter(p => p.s >= minimum)
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const usedFound = new Set<number>();
  const usedExpected = new Set<number>();
  const matches: Array<[number, number]> = [];
  for (const { i, j } of pairs) {
    if (!usedFound.has(i) && !usedExpected.has(j)) {
      usedFound.add(i);
      usedExpected.add(j);
      matches.push([i, j]);
    }
  }
  return matches;
}

/** Dice coefficient of the content words of two texts (loose match). */
export function contentWordSimilarity(a: string, b: string): number {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  const shared = [...ta].filter(t => tb.has(t)).length;
  return ta.size + tb.size ? (2 * shared) / (ta.size + tb.size) : 1;
}

/**
 * Strict title match: 1 for the same normalised title, a little less for a
 * typo-sized difference (one edit per 20 characters, at least one), 0 for a
 * different title.
 */
export function titleSimilarity(a: string, b: string): number {
  const na = normaliseTitle(a);
  const nb = normaliseTitle(b);
  if (na === nb) {
    return 1;
  }
  const longest = Math.max(na.length, nb.length);
  const allowed = Math.max(1, Math.floor(longest / 20));
  const distance = leven(na, nb);
  return distance <= allowed ? 1 - distance / longest : 0;
}
