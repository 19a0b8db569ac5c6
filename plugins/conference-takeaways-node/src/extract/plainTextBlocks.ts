import { namesConference } from '../conferences/namesConference';
import type { ItemLink } from './talks';
import { sentences } from './text';

/** One paragraph, line or list item of a plain-text report. */
export interface TextBlock {
  text: string;
  kind: 'line' | 'bullet' | 'numbered';
  /** The number of a numbered item or heading (`6.` ⇒ 6). */
  number?: number;
  /** Items of one list share an id. */
  listId?: number;
  /** A heading known from markup (Markdown without frontmatter). */
  heading?: boolean;
  /** Heading level from markup: 1 for `#`, 2 for `##`, ... */
  depth?: number;
  /** Links in the block, with their text. */
  links?: ItemLink[];
  /** Texts the author set in bold, e.g. a talk title. */
  strong?: string[];
  /** The block's Markdown source, kept for summaries (Markdown input only). */
  source?: string;
}

const BULLET = /^\s*[•·▪●◦‣∙*+\-–—]\s+(?=\S)/;
const NUMBERED = /^\s*(\d{1,2})[.)]\s+(?=\S)/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Could this block be a heading? Short, starts like a title, no trailing
 * comma/colon/period (numbered headings such as "6. Reducing toil is
 * important." may end in a period), and not the report's own title (lines
 * naming the conference are titles or captions, not takeaways).
 */
export function isHeadingCandidate(block: TextBlock): boolean {
  if (block.heading) {
    return true;
  }
  if (block.kind === 'bullet') {
    return false;
  }
  const text = block.text;
  if (!/\p{L}/u.test(text) || !/^[\p{Lu}\d“"'(]/u.test(text)) {
    return false;
  }
  if (/[,;:]$/.test(text)) {
    return false;
  }
  const short =
    block.kind === 'numbered'
      ? wordCount(text) <= 25 && text.length <= 160
      : !/[^.]\.$/.test(text) && wordCount(text) <= 12 && text.length <= 90;
  // asked last: only short lines are looked up in the conference dictionary
  return short && !namesConference(text);
}

/**
 * A block of running prose: long, or ending like a sentence (or a colon
 * before a quote or list) with two sentences or a hundred characters.
 */
export function isParagraph(block: TextBlock | undefined): boolean {
  if (!block || block.kind !== 'line' || block.heading) {
    return false;
  }
  if (block.text.length >= 160) {
    return true;
  }
  if (!/[.!?…"”):]$/.test(block.text)) {
    return false;
  }
  return block.text.length >= 100 || sentences(block.text, 2).length >= 2;
}

function classify(line: string): TextBlock {
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    return {
      kind: 'numbered',
      number: Number(numbered[1]),
      text: line.slice(numbered[0].length).trim(),
    };
  }
  const bullet = BULLET.exec(line);
  if (bullet) {
    return { kind: 'bullet', text: line.slice(bullet[0].length).trim() };
  }
  return { kind: 'line', text: line.trim() };
}

/**
 * Hard-wrapped text (most lines under ~100 characters, paragraphs split by
 * blank lines) is joined back into paragraphs; otherwise every line is a
 * paragraph of its own, as in text copied out of a web page.
 */
function isHardWrapped(lines: string[]): boolean {
  const nonBlank = lines.filter(l => l.trim());
  const first = lines.findIndex(l => l.trim());
  const last = lines.length - [...lines].reverse().findIndex(l => l.trim());
  const paragraphBreaks = lines
    .slice(first, last)
    .filter((l, i, all) => !l.trim() && all[i - 1]?.trim()).length;
  if (nonBlank.length < 5 || paragraphBreaks < 2) {
    return false;
  }
  const short = nonBlank.filter(l => l.length <= 100).length;
  const longest = Math.max(...nonBlank.map(l => l.length));
  return short / nonBlank.length >= 0.9 && longest <= 120;
}

/**
 * Splits a plain-text report into blocks. Lines after a line ending in ":"
 * that are short (and not a heading above a paragraph) are read as the
 * items of a list without bullets.
 */
export function textBlocks(text: string): {
  blocks: TextBlock[];
  blankLineParagraphs: boolean;
} {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t]/g, ' ')
    .split('\n')
    .map(l => l.trimEnd()); // a regex `\s+$` is quadratic on long runs
  const wrapped = isHardWrapped(lines);
  const raw: Array<TextBlock & { blankBefore: boolean }> = [];
  let blankBefore = true;
  for (const line of lines) {
    if (!line.trim()) {
      blankBefore = true;
      continue;
    }
    const block = classify(line);
    const previous = raw[raw.length - 1];
    const continues =
      wrapped &&
      !blankBefore &&
      previous &&
      block.kind === 'line' &&
      !(
        previous.kind === 'line' &&
        previous.text.length < 60 &&
        isHeadingCandidate(previous)
      );
    if (continues) {
      previous.text = `${previous.text} ${block.text}`;
    } else {
      raw.push({ ...block, blankBefore });
    }
    blankBefore = false;
  }

  // Implicit lists: short lines right after "…the following topics:".
  for (let i = 0; i < raw.length; i++) {
    if (raw[i].kind !== 'line' || !raw[i].text.endsWith(':')) {
      continue;
    }
    let j = i + 1;
    for (; j < raw.length; j++) {
      const item = raw[j];
      const isHeadingAboveParagraph =
        isHeadingCandidate(item) && isParagraph(raw[j + 1]);
      if (
        item.kind !== 'line' ||
        item.blankBefore ||
        item.text.length > 130 ||
        wordCount(item.text) > 18 ||
        isHeadingAboveParagraph
      ) {
        break;
      }
      item.kind = 'bullet';
    }
    i = Math.max(i, j - 1); // each line is looked at once
  }

  let listId = 0;
  raw.forEach((block, i) => {
    if (block.kind === 'line') {
      return;
    }
    const previous = raw[i - 1];
    if (!previous || previous.kind === 'line') {
      listId++;
    }
    block.listId = listId;
  });

  const prose = raw.filter(b => b.kind === 'line');
  const separated = prose.filter(b => b.blankBefore).length;
  return {
    blocks: raw.map(({ blankBefore: _ignored, ...block }) => block),
    blankLineParagraphs: wrapped || separated >= prose.length * 0.6,
  };
}
