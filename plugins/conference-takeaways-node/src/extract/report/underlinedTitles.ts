import { TextBlock } from '../plainTextBlocks';

/** A reStructuredText / setext underline: a run of one punctuation mark. */
const UNDERLINE = /^([=\-~^"'*#+])\1{2,}[ \t]*$/;

/**
 * Plain text with reStructuredText-style titles ("Title" over a "=====" line):
 * the underlines are removed and the titles remembered with their level
 * (`=` is the document title, other marks section headings).
 */
export function withoutUnderlines(text: string): {
  text: string;
  titles: Map<string, number>;
} {
  const lines = text.split('\n');
  const out: string[] = [];
  const titles = new Map<string, number>();
  for (const line of lines) {
    if (!UNDERLINE.test(line)) {
      out.push(line);
      continue;
    }
    const previous = out[out.length - 1]?.trim();
    if (previous && !titles.has(previous)) {
      titles.set(previous, line.startsWith('=') && !titles.size ? 1 : 2);
    }
    // an overline (no title above it) is dropped as well
  }
  return { text: out.join('\n'), titles };
}

/** Marks the blocks that were underlined titles as headings. */
export function markTitles(
  blocks: TextBlock[],
  titles: Map<string, number>,
): TextBlock[] {
  return blocks.map(block => {
    const depth = titles.get(block.text.trim());
    return depth ? { ...block, heading: depth > 1, depth } : block;
  });
}
