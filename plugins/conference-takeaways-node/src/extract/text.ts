import { leadingName } from './talkCitations/names';
import { parseSpeakers } from './talkCitations/speakers';

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits prose into trimmed sentences (ICU rules, via Intl.Segmenter), the
 * first `limit` only when given: a check such as "two sentences or more"
 * then stops early instead of segmenting a whole (possibly huge) block.
 */
export function sentences(text: string, limit = Infinity): string[] {
  const result: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed) {
      result.push(trimmed);
      if (result.length >= limit) {
        break;
      }
    }
  }
  return result;
}

/** Collapses runs of whitespace (incl. no-break spaces) into one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'via',
  'with',
  'your',
  'our',
  'its',
]);

/**
 * True when most words of `text` are capitalised, as talk titles are
 * ("Kubernetes at Reddit: Tales from Production") and sentences are not.
 */
export function looksLikeTitleCase(text: string): boolean {
  const words = text
    .split(/[\s/—–-]+/)
    .map(w => w.replace(/^[^A-Za-z0-9]+|(?<![^A-Za-z0-9])[^A-Za-z0-9]+$/g, '')) // lookbehind: try a trailing run once, not from each of its characters
    .filter(w => w && !SMALL_WORDS.has(w.toLowerCase()) && /[A-Za-z]/.test(w));
  if (words.length < 2) {
    return false;
  }
  const capitalised = words.filter(w => /[A-Z]/.test(w)).length;
  return capitalised / words.length >= 0.7;
}

/**
 * The person name at the start of `text`, if any: "Liz Fong-Jones",
 * "Flynn", "Ludwig van Beethoven" (see `talkCitations/names.ts`).
 */
export function leadingPersonName(text: string): string | undefined {
  return leadingName(text, { allowSingleWord: true })?.name;
}

/**
 * Splits a list of people ("A, B & C", "A and B", "A, Role at Company, and
 * B") into names; affiliations are dropped and the list ends at the first
 * part that is neither (see `talkCitations/speakers.ts`).
 */
export function parseSpeakerList(text: string): {
  speakers: string[];
  complete: boolean;
} {
  const { speakers, complete } = parseSpeakers(text, {
    commaSeparatesPeople: true,
    allowSingleWord: true,
  });
  return { speakers, complete };
}

const STOP_WORDS = new Set([
  ...SMALL_WORDS,
  'are',
  'be',
  'it',
  'this',
  'that',
  'these',
  'was',
  'were',
  'we',
  'i',
  'you',
  'they',
  'them',
  'all',
  'more',
  'what',
  'how',
]);

/** Content words of a title or headline, for fuzzy comparison. */
export function contentTokens(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(w => w && !STOP_WORDS.has(w)),
  );
}
