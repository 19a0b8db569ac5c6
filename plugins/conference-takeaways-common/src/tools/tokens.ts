/** A run of letters and digits in a text. */
export interface Token {
  /** As written. */
  raw: string;
  /** Lower-cased, for trie lookups. */
  lower: string;
  start: number;
  end: number;
}

// URLs are consumed whole so their path words (sched.com slugs, GitHub
// repository names) are not read as mentions; everything else is split into
// runs of letters and digits.
const TEXT_TOKEN = /https?:\/\/[^\s<>()[\]{}"'`]+|[\p{L}\p{N}]+/gu;
const WORD_TOKEN = /[\p{L}\p{N}]+/gu;

function collect(text: string, pattern: RegExp, skipUrls: boolean): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    if (skipUrls && /^https?:/.test(raw)) {
      continue;
    }
    const start = match.index ?? 0;
    tokens.push({
      raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
    });
  }
  return tokens;
}

/** Splits prose into word tokens, leaving URLs out. */
export function tokenizeText(text: string): Token[] {
  return collect(text, TEXT_TOKEN, true);
}

/** Splits a tool name or alias into word tokens. */
export function tokenizeTerm(term: string): Token[] {
  return collect(term, WORD_TOKEN, false);
}

/**
 * The key under which a name, alias or slug is looked up: lower case with
 * separators dropped, so `Argo CD`, `argo-cd` and `argocd` are one key.
 */
export function lookupKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
