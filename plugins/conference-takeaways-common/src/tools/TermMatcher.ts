import { NOT_TOOL_PHRASES } from './data/notTools';
import { confirmedByListNeighbours } from './listElements';
import { findRepositoryMentions } from './repositoryUrls';
import { ToolDefinition, ToolOccurrence } from './types';
import { Token, tokenizeTerm, tokenizeText } from './tokens';

/** How a text is read. @public */
export interface FindMentionsOptions {
  /**
   * True when the text is a heading or title: everyday-word names
   * (`commonWord`) are not matched in it, as any word may be capitalised.
   */
  heading?: boolean;
}

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
  /**
   * Only accepted as an element of a list of tools (`matchName: false`
   * names: "kind/minikube", "vector or Fluent Bit").
   */
  listOnly: boolean;
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
  const spellings: Spelling[] = [
    ...(def.matchName === false ? [] : [def.name]),
    ...(def.aliases ?? []),
  ].map(text => ({ text, caseSensitive: strict, guarded, listOnly: false }));
  if (def.matchName === false) {
    spellings.push({
      text: def.name,
      caseSensitive: strict,
      guarded,
      listOnly: true,
    });
  }
  for (const text of def.unambiguousAliases ?? []) {
    spellings.push({
      text,
      caseSensitive: false,
      guarded: false,
      listOnly: false,
    });
  }
  return spellings;
}

interface Spelling {
  text: string;
  caseSensitive: boolean;
  guarded: boolean;
  listOnly: boolean;
}

// "JupyterHub" is also written "Jupyter Hub": a lower-case letter followed
// by a capital starts a new word when both parts are real words.
const CAMEL_BOUNDARY = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/u;

function camelCaseWords(token: string): string[] | undefined {
  const parts = token.split(CAMEL_BOUNDARY);
  return parts.length > 1 ? parts : undefined;
}

// "Go module" is also written "Go modules": a multi-word spelling whose last
// word is a plain word may take a plural s.
function pluralOf(word: string): string | undefined {
  return /^\p{L}{3,}$/u.test(word) && !/s$/i.test(word)
    ? `${word}s`
    : undefined;
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
  const { text, caseSensitive, listOnly } = spelling;
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
      listOnly,
    },
  ];
  const raw = tokens.map(t => t.raw);
  if (tokens.length > 1 && separators.every(s => s === null || s === '-')) {
    terms.push({
      slug,
      caseSensitive,
      tokens: [raw.join('')],
      separators: [],
      notAtSentenceStart,
      listOnly,
    });
  }
  const plural = tokens.length > 1 ? pluralOf(raw[raw.length - 1]) : undefined;
  if (plural) {
    terms.push({ ...terms[0], tokens: [...raw.slice(0, -1), plural] });
  }
  const words = tokens.length === 1 ? camelCaseWords(raw[0]) : undefined;
  if (words) {
    // Split, the capitals are what make it a name: "Jupyter Hub" only.
    terms.push({
      slug,
      caseSensitive: true,
      tokens: words,
      separators: words.slice(1).map(() => null),
      notAtSentenceStart,
      listOnly,
    });
  }
  return terms;
}

// A name followed by one of these is the company, not its product
// ("Jintao Zhang, Kong Inc.").
const COMPANY_SUFFIX = /^,?[ \t]+(?:Inc|Ltd|LLC|GmbH|Corp|Corporation)\b/;
// After an at sign a name is an account or an employer ("@netlify",
// "Speaker @ GitLab"), not the product.
const AT_SIGN_BEFORE = /@[ \t]?$/;

/** Whether a match names a company or an account rather than a tool. */
function namesOrganisation(text: string, hit: ToolOccurrence): boolean {
  return (
    COMPANY_SUFFIX.test(text.slice(hit.end, hit.end + 20)) ||
    AT_SIGN_BEFORE.test(text.slice(Math.max(0, hit.start - 2), hit.start))
  );
}

// The slug of phrases that consume their words but name no tool.
const NOT_A_TOOL = '';

interface Match {
  slug: string;
  first: number;
  last: number;
}

/**
 * Finds every tool of a dictionary in a text in one left-to-right pass over
 * its word tokens, walking a trie of all spellings: the longest spelling
 * starting at a token wins and its tokens are consumed, so `Argo CD` counts
 * once as `argo-cd`, never also as `argo`. A spelling that matches only
 * when its casing is ignored ("dragonfly") or a name too generic to match
 * alone ("vector") is kept as a candidate and counts when it is an element
 * of a list next to a tool ("vector/fluentbit").
 */
export class TermMatcher {
  private readonly root = newNode();
  private readonly repositories = new Map<string, string>();
  private readonly background = new Set<string>();

  constructor(definitions: readonly ToolDefinition[]) {
    const seen = new Set<string>();
    for (const text of NOT_TOOL_PHRASES) {
      const phrase = { text, caseSensitive: false, guarded: false };
      for (const term of compileSpelling(NOT_A_TOOL, {
        ...phrase,
        listOnly: false,
      })) {
        this.insert(term);
      }
    }
    for (const def of definitions) {
      if (def.ubiquitous) {
        this.background.add(def.slug);
      }
      for (const spelling of spellingsOf(def)) {
        for (const term of compileSpelling(def.slug, spelling)) {
          const key = JSON.stringify(term);
          if (!seen.has(key)) {
            seen.add(key);
            this.insert(term);
          }
        }
      }
      for (const spelling of [
        def.slug,
        def.name,
        ...(def.aliases ?? []),
        ...(def.unambiguousAliases ?? []),
      ]) {
        const key = repositoryKey(spelling);
        if (key && !this.repositories.has(key)) {
          this.repositories.set(key, def.slug);
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
  find(text: string, options: FindMentionsOptions = {}): ToolOccurrence[] {
    const tokens = tokenizeText(text);
    const heading = options.heading === true;
    const found: ToolOccurrence[] = [];
    const candidates: ToolOccurrence[] = [];
    const occurrence = (match: Match): ToolOccurrence => {
      const start = tokens[match.first].start;
      const end = tokens[match.last].end;
      return { slug: match.slug, start, end, text: text.slice(start, end) };
    };
    let i = 0;
    while (i < tokens.length) {
      const match = this.longestAt(text, tokens, i, heading, 'strict');
      if (match) {
        const hit = occurrence(match);
        if (match.slug !== NOT_A_TOOL && !namesOrganisation(text, hit)) {
          found.push(hit);
        }
        i = match.last + 1;
        continue;
      }
      const loose = this.longestAt(text, tokens, i, heading, 'loose');
      if (loose) {
        candidates.push(occurrence(loose));
        i = loose.last + 1;
      } else {
        i += 1;
      }
    }
    const anchors = found.filter(o => !this.background.has(o.slug));
    const listed = confirmedByListNeighbours(text, anchors, candidates);
    const repositories = findRepositoryMentions(text, this.repositories);
    return [...found, ...listed, ...repositories].sort(
      (a, b) => a.start - b.start,
    );
  }

  private longestAt(
    text: string,
    tokens: Token[],
    first: number,
    heading: boolean,
    mode: 'strict' | 'loose',
  ): Match | undefined {
    let best: Match | undefined;
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
        if (accepts(term, text, tokens, first, heading, mode)) {
          best = { slug: term.slug, first, last: j };
          break;
        }
      }
    }
    return best;
  }
}

/** The key under which a repository name is looked up: `ingate`, `lws`. */
function repositoryKey(spelling: string): string {
  return spelling.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Whether a term matches at `first`. Strict: as the dictionary says.
 * Loose: casing and `matchName: false` are ignored (the candidate then
 * needs a list of tools around it); the other guards still apply.
 */
function accepts(
  term: Term,
  text: string,
  tokens: Token[],
  first: number,
  heading: boolean,
  mode: 'strict' | 'loose',
): boolean {
  if (
    term.notAtSentenceStart &&
    (heading ||
      opensSentence(text, tokens[first].start) ||
      inTitleCaseLine(text, tokens[first].start))
  ) {
    return false;
  }
  const strict = mode === 'strict';
  if (strict && term.listOnly) {
    return false;
  }
  if (!strict && !term.caseSensitive && !term.listOnly) {
    return false; // nothing looser to try: it already failed strictly
  }
  for (let k = 0; k < term.tokens.length; k++) {
    const token = tokens[first + k];
    if (strict && term.caseSensitive && token.raw !== term.tokens[k]) {
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
