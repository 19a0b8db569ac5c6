import { escapeRegExp, foldAccents } from './text';

const CONNECTOR = /^(?:&|\+|and)$/i;

/**
 * A regular-expression source for one spelling of a name: camel-case parts
 * may be split by a space or hyphen (`KubeCon` matches "Kube Con"), words by
 * any whitespace or hyphens, and `&`, `+`, `and` stand for each other.
 * Every quantifier is followed by a literal, so matching stays linear.
 */
export function spellingPattern(spelling: string): string {
  const words = foldAccents(spelling).trim().split(/\s+/);
  const parts = words.map(word =>
    CONNECTOR.test(word)
      ? '(?:&|\\+|and)'
      : word
          .split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})/u)
          .map(escapeRegExp)
          .join('[ -]?'),
  );
  return parts.join('[\\s-]*');
}

/** One alternation of spellings, longest first so the fullest name wins. */
export function alternation(spellings: string[]): string {
  return [...new Set(spellings.map(spellingPattern))]
    .sort((a, b) => b.length - a.length)
    .join('|');
}
