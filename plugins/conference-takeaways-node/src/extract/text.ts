const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits prose into trimmed sentences (ICU rules, via Intl.Segmenter). */
export function sentences(text: string): string[] {
  const result: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed) {
      result.push(trimmed);
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

const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'ter',
]);

/** Words that are capitalised in bylines but are not part of a name. */
const NOT_NAME_WORDS = new Set([
  'the',
  'a',
  'an',
  'i',
  'we',
  'my',
  'our',
  'his',
  'her',
  'their',
  'keynote',
  'talk',
  'panel',
  'session',
  'workshop',
  'tutorial',
  'engineer',
  'developer',
  'advocate',
  'staff',
  'senior',
  'sr',
  'jr',
  'principal',
  'cto',
  'ceo',
  'vp',
  'head',
  'lead',
  'manager',
  'director',
  'architect',
  'founder',
  'co-founder',
  'maintainer',
  'team',
  'community',
  'project',
  'cloud',
  'kubernetes',
  'even',
  'also',
  'and',
]);

function isNameWord(word: string): boolean {
  if (NAME_PARTICLES.has(word)) {
    return true;
  }
  if (NOT_NAME_WORDS.has(word.toLowerCase())) {
    return false;
  }
  // Jane, O'Neil, Fong-Jones, LeRay, Kröhan, J.
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !/^\p{Lu}{3,}$/u.test(word);
}

/**
 * The person name at the start of `text`, if any: one to four capitalised
 * words ("Liz Fong-Jones", "Flynn", "Ludwig van Beethoven").
 */
export function leadingPersonName(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  const taken: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/(?<![,;:.!?)])[,;:.!?)]+$/, ''); // linear, see looksLikeTitleCase
    if (!isNameWord(word) || taken.length === 4) {
      break;
    }
    taken.push(word);
    if (word !== raw && !/^\p{Lu}\.$/u.test(raw)) {
      break; // punctuation after the word ends the name
    }
  }
  while (taken.length && NAME_PARTICLES.has(taken[taken.length - 1])) {
    taken.pop();
  }
  if (!taken.length || NAME_PARTICLES.has(taken[0])) {
    return undefined;
  }
  return taken.join(' ');
}

/**
 * Splits a speaker list ("A, B & C", "A and B", "A, Role at Company, and B")
 * into names. Stops at the first part that does not start with a name; a
 * name followed by other words ("Greg Taylor referenced OPA") ends the list.
 */
export function parseSpeakerList(text: string): {
  speakers: string[];
  complete: boolean;
} {
  const parts = text
    .slice(0, 300) // a speaker list is short; bounds the work on odd input
    .replace(/\([^()]*\)/g, ' ') // "Jane Doe (Acme)"
    .split(/\s*(?:,\s*and\s+|,\s*&\s*|,|&|\band\b|\+)\s*/)
    .map(p => p.trim())
    .filter(Boolean);
  const speakers: string[] = [];
  let complete = parts.length > 0;
  for (const part of parts) {
    // "Staff Engineer at VMware" after a name is a role: skip it
    if (speakers.length && /\b(at|of|from|with)\b|@/.test(part)) {
      complete = false;
      continue;
    }
    const name = leadingPersonName(part);
    if (!name) {
      complete = false;
      break;
    }
    speakers.push(name);
    if (name !== part.replace(/\s+/g, ' ')) {
      complete = false; // "Greg Taylor referenced OPA": the list ends here
      break;
    }
  }
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
