/** A run of search result text, highlighted or not. */
export interface HighlightPart {
  text: string;
  highlighted: boolean;
}

/**
 * Splits text the search engine marked up with `preTag`/`postTag` into runs.
 * Tags are found by plain string search, so any characters work as tags; an
 * unclosed tag highlights nothing and is dropped.
 */
export function splitHighlighted(
  text: string,
  preTag: string,
  postTag: string,
): HighlightPart[] {
  if (!preTag || !postTag) {
    return text ? [{ text, highlighted: false }] : [];
  }
  const parts: HighlightPart[] = [];
  const push = (run: string, highlighted: boolean) => {
    if (run) {
      parts.push({ text: run, highlighted });
    }
  };
  let position = 0;
  while (position < text.length) {
    const start = text.indexOf(preTag, position);
    if (start < 0) {
      push(text.slice(position), false);
      break;
    }
    const end = text.indexOf(postTag, start + preTag.length);
    if (end < 0) {
      push(text.slice(position, start), false);
      push(text.slice(start + preTag.length), false);
      break;
    }
    push(text.slice(position, start), false);
    push(text.slice(start + preTag.length, end), true);
    position = end + postTag.length;
  }
  return parts;
}
