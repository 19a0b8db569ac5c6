/**
 * Words that put a mention in the past or future of the report: "the next
 * KubeCon in Paris", "unlike Valencia last year", "(the last being in
 * Valencia)". Matched on short slices only, so the cost stays linear.
 */
const BEFORE_CUE =
  /\b(?:next|upcoming|previous|past|future|unlike|see you|looking forward|hope to|plan(?:ning)? to|will (?:be|attend|go)|last (?:year|time|edition|one|being))\b|\blast\s*$/i;
const AFTER_CUE = /^[^.!?\n]{0,20}?\b(?:last|next|previous) (?:year|time)\b/i;
const SENTENCE_END = /[.!?](?:\s|$)|\n\s*\n/g;

/** The text of the clause before `index`, at most 150 characters. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 150), index);
  let start = 0;
  for (const end of before.matchAll(SENTENCE_END)) {
    start = end.index + end[0].length;
  }
  return before.slice(start);
}

/** Is the mention at [start, end) about an edition other than the report's? */
export function isAboutAnotherEdition(
  text: string,
  start: number,
  end: number,
): boolean {
  return (
    BEFORE_CUE.test(clauseBefore(text, start)) ||
    AFTER_CUE.test(text.slice(end, end + 40))
  );
}
