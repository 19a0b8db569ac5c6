/** Lower case, no accents, no quotes or apostrophes, punctuation as spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’`´"“”«»]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Format words a citation may put before a title ("Keynote:", "Birds of a
 * Feather:"). A talk entity keeps them as its format, so a title found with
 * or without them is the same title.
 */
const FORMAT_PREFIX =
  /^(?:(?:keynote|panel|lightning talk|lightning|workshop|tutorial|birds of a feather|bof|deep dive|fireside chat)\s+)+/;

export function normaliseTitle(title: string): string {
  return normaliseText(title).replace(FORMAT_PREFIX, '');
}

export function normaliseName(name: string): string {
  return normaliseText(name);
}
