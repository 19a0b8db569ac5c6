import { matchOneToOne, precisionRecall, titleSimilarity } from './matching';
import { normaliseName } from './normalise';

export interface FoundTalk {
  title: string;
  speakers: string[];
}

export interface ExpectedTalk {
  title: string;
  /** Other spellings of the title the report supports equally well. */
  altTitles?: string[];
  speakers: string[];
}

function bestTitleSimilarity(found: FoundTalk, expected: ExpectedTalk) {
  return Math.max(
    ...[expected.title, ...(expected.altTitles ?? [])].map(t =>
      titleSimilarity(found.title, t),
    ),
  );
}

function sameSpeakers(a: readonly string[], b: readonly string[]): boolean {
  const na = new Set(a.map(normaliseName));
  const nb = new Set(b.map(normaliseName));
  return na.size === nb.size && [...na].every(n => nb.has(n));
}

/**
 * A talk is right when its title matches an expected one and its speakers
 * are exactly the expected speakers. Found talks matching an optional one
 * (a topic label, an untitled keynote) count neither way.
 */
export function scoreTalks(
  found: readonly FoundTalk[],
  expected: readonly ExpectedTalk[],
  optional: readonly ExpectedTalk[] = [],
) {
  const matches = matchOneToOne(found, expected, bestTitleSimilarity, 1e-9);
  const matchedFound = new Set(matches.map(([i]) => i));
  const rest = found.filter((_, i) => !matchedFound.has(i));
  const optionalMatches = matchOneToOne(
    rest,
    optional,
    bestTitleSimilarity,
    1e-9,
  );
  const optionalFound = new Set(optionalMatches.map(([i]) => i));

  const right = matches.filter(([i, j]) =>
    sameSpeakers(found[i].speakers, expected[j].speakers),
  );
  const rightExpected = new Set(right.map(([, j]) => j));
  const counted = found.length - optionalMatches.length;
  return {
    hits: right.length,
    found: counted,
    expected: expected.length,
    ...precisionRecall(right.length, counted, expected.length),
    missed: expected
      .filter((_, j) => !matches.some(([, m]) => m === j))
      .map(t => t.title),
    extra: rest.filter((_, i) => !optionalFound.has(i)).map(t => t.title),
    wrongSpeakers: matches
      .filter(([, j]) => !rightExpected.has(j))
      .map(([i, j]) => ({
        title: expected[j].title,
        expected: expected[j].speakers,
        found: found[i].speakers,
      })),
  };
}
