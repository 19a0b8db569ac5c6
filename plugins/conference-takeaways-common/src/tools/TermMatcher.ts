import { ToolDefinition, ToolOccurrence } from './types';
import { Token, tokenizeTerm, tokenizeText } from './tokens';

/** One spelling of a tool, compiled for matching. */
interface Term {
  slug: string;
  caseSensitive: boolean;
  /** Tokens as written in the dictionary. */
  tokens: string[];
  /**
   * What must stand between token k and k+1: `null` for a space in the
   * dictionary spelling (any short run of spaces, hyphens or underscores
   * in the text), otherwise exactly that string (`-` in `cert-manager`).
   */
  separators: Array<string | null>;
  /** Not accepted opening a sentence or inside a title (`commonWord`). */
  notAtSentenceStart: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terms: Term[];
}

// "Argo CD", "Argo-CD", "Argo_CD" and a name broken across one line.
const FLEXIBLE_SEPARATOR =
  /^(?:[ \t\u00a0_\u2010\u2011-]{1,3}|[ \t]?\r?\n[ \t]?)$/;
// Longer gaps can never join two tokens into one term.
const MAX_SEPARATOR_LENGTH = 3;

// A line reads as a title when most of its longer words are capitalised.
const TITLE_MIN_WORDS = 3;
const TITLE_CAPITALISED_SHARE = 0.75;
const TITLE_WORD = /\p{L}{4,}/gu;
const MAX_LINE_LOOKAROUND = 200;
const URL = /https?:\/\/\S+/g;

/** Whether the line around `start` is a heading or written in Title Case. */
function inTitleCaseLine(text: string, start: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const newline = text.indexOf('\n', start);
  const line = text.slice(
    Math.max(from, start - MAX_LINE_LOOKAROUND),
    Math.min(newline < 0 ? text.length : newline, start + MAX_LINE_LOOKAROUND),
  );
  if (/^\s*#/.test(line)) {
    return true; // a Markdown heading
  }
  const words = line.replace(URL, ' ').match(TITLE_WORD) ?? [];
  const capitalised = words.filter(w => w[0] !== w[0].toLowerCase()).length;
  return (
    words.length >= TITLE_MIN_WORDS &&
    capitalised / words.length >= TITLE_CAPITALISED_SHARE
  );
}

function newNode(): TrieNode {
  return { next: new Map(), terms: [] };
}

/** The spellings of a definition that are looked for in prose. */
function spellingsOf(def: ToolDefinition): Spelling[] {
  const strict = def.caseSensitive === true;
  const guarded = strict && def.commonWord === true;
  const spellings = [
    ...(def.matchName === false ? [] : [def.name]),
    ...(def.aliases ?? []),
  ].map(text => ({ text, caseSensitive: strict, guarded }));
  for (const text of def.unambiguousAliases ?? []) {
    spellings.push({ text, caseSensitive: false, guarded: false });
  }
  return spellings;
}

interface Spelling {
  text: string;
  caseSensitive: boolean;
  guarded: boolean;
}

// Markup and quotes that may stand between a line start and its first word.
const LEADING_MARKUP = /[\s*_#>+\-"'\u201c\u2018(\[`|]/;
// Looking further back than this for the sentence's start is not worth it.
const MAX_LEADING_MARKUP = 16;

/**
 * Whether the word at `start` opens a sentence, line or heading: only
 * whitespace and markup stand between it and the text's start, a line
 * break, or a full stop, question or exclamation mark.
 */
function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - MAX_LEADING_MARKUP); i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '.' || ch === '!' || ch === '?') {
      return true;
    }
    if (!LEADING_MARKUP.test(ch)) {
      return false;
    }
  }
  return true;
}

/**
 * Compiles a spelling into terms: the spelling itself and, when its words
 * are only separated by spaces or hyphens, the joined form too (`Argo CD`
 * also matches `ArgoCD`).
 */
function compileSpelling(slug: string, spelling: Spelling): Term[] {
  const { text, caseSensitive } = spelling;
  const notAtSentenceStart = spelling.guarded;
  const tokens = tokenizeTerm(text);
  if (tokens.length === 0) {
    return [];
  }
  const separators = tokens.slice(1).map((token, index) => {
    const between = text.slice(tokens[index].end, token.start);
    return /^\s+$/.test(between) ? null : between;
  });
  const terms: Term[] = [
    {
      slug,
      caseSensitive,
      tokens: tokens.map(t => t.raw),
      separators,
      notAtSentenceStart,
    },
  ];
  if (tokens.length > 1 && separators.every(s => s === null || s === '-')) {
    terms.push({
      slug,
      caseSensitive,
      tokens: [tokens.map(t => t.raw).join('')],
      separators: [],
      notAtSentenceStart,
    });
  }
  return terms;
}

/**
 * Finds every tool of a dictionary in a text in one left-to-right pass over
 * its word tokens, walking a trie of all spellings: the longest spelling
 * starting at a token wins and its tokens are consumed, so `Argo CD` counts
 * once as `argo-cd`, never also as `argo`.
 */
export class TermMatcher {
  private readonly root = newNode();

  constructor(definitions: readonly ToolDefinition[]) {
    const seen = new Set<string>();
    for (const def of definitions) {
      for (const spelling of spellingsOf(def)) {
        for (const term of compileSpelling(def.slug, spelling)) {
          const key = JSON.stringify(term);
          if (!seen.has(key)) {
            seen.add(key);
            this.insert(term);
          }
        }
      }
    }
  }

  private insert(term: Term) {
    let node = this.root;
    for (const token of term.tokens) {
      const lower = token.toLowerCase();
      let child = node.next.get(lower);
      if (!child) {
        child = newNode();
        node.next.set(lower, child);
      }
      node = child;
    }
    node.terms.push(term);
  }

  /** Every occurrence of a known tool in the text, in text order. */
  find(text: string): ToolOccurrence[] {
    const tokens = tokenizeText(text);
    const found: ToolOccurrence[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.longestAt(text, tokens, i);
      if (match) {
        const start = tokens[i].start;
        const end = tokens[match.last].end;
        found.push({
          slug: match.slug,
          start,
          end,
          text: text.slice(start, end),
        });
        i = match.last + 1;
      } else {
        i += 1;
      }
    }
    return found;
  }

  private longestAt(
    text: string,
    tokens: Token[],
    first: number,
  ): { slug: string; last: number } | undefined {
    let best: { slug: string; last: number } | undefined;
    let node: TrieNode | undefined = this.root;
    for (let j = first; j < tokens.length; j++) {
      if (
        j > first &&
        tokens[j].start - tokens[j - 1].end > MAX_SEPARATOR_LENGTH
      ) {
        break;
      }
      node = node.next.get(tokens[j].lower);
      if (!node) {
        break;
      }
      for (const term of node.terms) {
        if (accepts(term, text, tokens, first)) {
          best = { slug: term.slug, last: j };
          break;
        }
      }
    }
    return best;
  }
}

function accepts(
  term: Term,
  text: string,
  tokens: Token[],
  first: number,
): boolean {
  if (
    term.notAtSentenceStart &&
    (opensSentence(text, tokens[first].start) ||
      inTitleCaseLine(text, tokens[first].start))
  ) {
    return false;
  }
  for (let k = 0; k < term.tokens.length; k++) {
    const token = tokens[first + k];
    if (term.caseSensitive && token.raw !== term.tokens[k]) {
      return false;
    }
    if (k > 0) {
      const between = text.slice(tokens[first + k - 1].end, token.start);
      const required = term.separators[k - 1];
      const ok =
        required === null
          ? FLEXIBLE_SEPARATOR.test(between)
          : between === required;
      if (!ok) {
        return false;
      }
    }
  }
  return true;
}
