/*
 * Enumerations: "otel (or vector/fluentbit)", "Loki, Tempo and Mimir", or
 * one name per bullet. A name whose casing or generic spelling leaves it
 * ambiguous reads as the tool when it is a whole element of such a list and
 * the element next to it is a tool: a list of tools is about tools.
 */

// What may separate two elements of an enumeration on one line.
const INLINE_DELIMITER = /^(?:[/,;+&|()]|and|or|vs\.?|versus)$/i;
// Emphasis, code and quotes around an element.
const MARKUP = /[\s*_`"'\u201c\u201d\u2018\u2019[\]]/;
// A bullet or numbered item opening a line.
const BULLET_LINE_START = /(?:^|\n)[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+$/;
const MAX_GAP = 40;

export interface Span {
  start: number;
  end: number;
}

/** The text between two offsets without surrounding markup. */
function stripMarkup(gap: string): string {
  let from = 0;
  let to = gap.length;
  while (from < to && MARKUP.test(gap[from])) from++;
  while (to > from && MARKUP.test(gap[to - 1])) to--;
  return gap.slice(from, to);
}

/** Whether a gap between two elements is a list delimiter. */
function isDelimiter(gap: string): boolean {
  if (gap.length > MAX_GAP) {
    return false;
  }
  const core = stripMarkup(gap);
  if (core === '') {
    return false; // two words side by side are a phrase, not a list
  }
  // ", and" / ") or (" / "\n- " between bullets
  const parts = core
    .split(/\s+/)
    .flatMap(p => p.split(/([/,;+&|()])/))
    .filter(p => p !== '' && !MARKUP.test(p));
  if (parts.length > 0 && parts.every(p => INLINE_DELIMITER.test(p))) {
    return !gap.includes('\n');
  }
  return isBulletBreak(gap);
}

/** "\n- " or "\n\n1. " between the end of one item and the next. */
function isBulletBreak(gap: string): boolean {
  const trimmedEnd = gap.replace(/^[*_`"'\u201d\u2019 \t]*[.,;:]?[ \t]*/, '');
  return (
    /^\r?\n/.test(trimmedEnd) &&
    !/\n[ \t]*\r?\n[ \t]*\r?\n/.test(trimmedEnd) &&
    BULLET_LINE_START.test(trimmedEnd.replace(/[*_`"'\u201c\u2018]+$/, ''))
  );
}

/** Whether the span is preceded by a delimiter, a bullet or nothing at all. */
function opensElement(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - MAX_GAP), span.start);
  const unmarked = before.replace(/[*_`"'\u201c\u2018[]+$/, '');
  if (BULLET_LINE_START.test(unmarked) || /(?:^|\n)[ \t]*$/.test(unmarked)) {
    return true;
  }
  const core = unmarked.replace(/[*_`"'\u201c\u2018[ \t]+$/, '');
  return /(?:[/,;+&|(]|\band|\bor|\bvs\.?|\bversus)$/i.test(core);
}

/** Whether the span is followed by a delimiter or the end of its line. */
function closesElement(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + MAX_GAP);
  const core = after.replace(/^[*_`"'\u201d\u2019\] \t]+/, '');
  return /^(?:$|\r?\n|[/,;+&|)]|[.:!?](?:\s|$)|(?:and|or|vs\.?|versus)\b)/i.test(
    core,
  );
}

/**
 * The candidates that are whole list elements next to a confirmed element,
 * confirmed link by link so a chain ("Prometheus, loki, tempo") counts.
 * Only neighbours in text order can be list neighbours, so this is linear.
 */
export function confirmedByListNeighbours<T extends Span>(
  text: string,
  confirmed: readonly Span[],
  candidates: readonly T[],
): T[] {
  const items = [
    ...confirmed.map(span => ({ span, candidate: undefined as T | undefined })),
    ...candidates.map(span => ({ span, candidate: span as T | undefined })),
  ].sort((a, b) => a.span.start - b.span.start);
  const whole = items.map(
    ({ span }) => opensElement(text, span) && closesElement(text, span),
  );
  // links[i]: items i and i + 1 are neighbouring elements of one list
  const links = items.slice(1).map(({ span }, i) => {
    const gap = text.slice(items[i].span.end, span.start);
    // "kind/minikube": a slash without spaces joins two names as one element
    return gap === '/' || (whole[i] && whole[i + 1] && isDelimiter(gap));
  });
  const isConfirmed = items.map(item => item.candidate === undefined);
  const queue = items.flatMap((_, i) => (isConfirmed[i] ? [i] : []));
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (const j of [i - 1, i + 1]) {
      const linked = j >= 0 && j < items.length && links[Math.min(i, j)];
      if (linked && !isConfirmed[j]) {
        isConfirmed[j] = true;
        queue.push(j);
      }
    }
  }
  return items
    .filter((item, i) => item.candidate !== undefined && isConfirmed[i])
    .map(item => item.candidate as T);
}
