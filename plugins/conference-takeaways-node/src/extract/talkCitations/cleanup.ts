import { TalkFormat } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** "Keynote", "Lightning talk", "BoF" ⇒ the talk format they name. */
export function formatFromWord(word: string): TalkFormat | undefined {
  const lower = word.toLowerCase();
  if (lower.includes('keynote')) return 'keynote';
  if (lower.includes('panel')) return 'panel';
  if (lower.includes('lightning')) return 'lightning';
  if (lower.includes('workshop')) return 'workshop';
  if (lower.includes('tutorial')) return 'tutorial';
  if (
    /\b(?:talks?|sessions?|presentations?|bof|birds of a feather)\b/.test(lower)
  )
    return 'talk';
  return undefined;
}

/** Emoji and pictographs, with their joiners, variation selectors and skin tones. */
const EMOJI =
  /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]\s*)+/u;
const TRAILING_EMOJI =
  /(?:\s*[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D])+$/u;

/** "- ", "* ", "• ", "[ ] ", "1. ", "2) ", "(3) ", "#4 " */
const LIST_MARKER =
  /^(?:[-*+•·▪▸►→⇒>]\s+|\[[ xX]\]\s+|\(?\d{1,3}[.)]\s+|#\d{1,3}\s+)/u;

/** "[KEYNOTE] ", "[BoF] ": a bracketed label before the title. */
const BRACKET_LABEL = /^\[([^\][]{1,24})\]\s*[:–—-]?\s*/;

/** "CL-101: ", "KEY01 - ", "T3: ": a session code before the title. */
const SESSION_CODE = /^\p{Lu}{1,6}[-_]?\d{1,4}\p{Lu}?\s*(?::|\s[–—-])\s+/u;

/** "Keynote: ", "Lightning talk – ", "Panel discussion: " */
const FORMAT_PREFIX =
  /^(keynote(?: session| talk)?|panel(?: discussion)?|lightning talks?|lightning|workshop|tutorial|talk|session|bof|birds of a feather)\s*(?::|[–—-]\s)\s*/i;

/** Markdown emphasis around words (`**Title**`, `_Jane Doe_`), not inside them. */
const EMPHASIS = /\*\*|__|(?<![\p{L}\d])[_*]|[_*](?![\p{L}\d])/gu;

export interface StrippedCitation {
  text: string;
  /** The format named by a prefix or label, if any. */
  format?: TalkFormat;
  /** True when a format prefix or label marked the text as a talk. */
  prefixed: boolean;
}

/**
 * Removes what decorates a cited talk before its title: leading emoji, list
 * markers and numbering, bracketed labels, session codes, Markdown emphasis
 * and a format prefix (which sets the format).
 */
export function stripCitationDecoration(raw: string): StrippedCitation {
  let text = raw.replace(EMPHASIS, '').replace(/\s+/g, ' ').trim();
  let format: TalkFormat | undefined;
  let prefixed = false;
  // each step removes a prefix; a few rounds cover "1. 🔥 [KEYNOTE] CL-1: ..."
  for (let round = 0; round < 6; round++) {
    const before = text;
    text = text.replace(EMOJI, '').replace(LIST_MARKER, '');
    const label = BRACKET_LABEL.exec(text);
    if (label && !/\]\(/.test(text.slice(0, label[0].length + 1))) {
      const labelFormat = formatFromWord(label[1]);
      if (labelFormat || /^[\p{Lu}\d\s_-]+$/u.test(label[1])) {
        format = format ?? labelFormat;
        prefixed = prefixed || Boolean(labelFormat);
        text = text.slice(label[0].length);
      }
    }
    text = text.replace(SESSION_CODE, '');
    const prefix = FORMAT_PREFIX.exec(text);
    if (prefix) {
      format = format ?? formatFromWord(prefix[1]);
      prefixed = true;
      text = text.slice(prefix[0].length);
    }
    if (text === before) {
      break;
    }
  }
  return { text: text.replace(TRAILING_EMOJI, '').trim(), format, prefixed };
}

/** Quotes and dangling punctuation around a title. */
export function cleanTitle(title: string): string {
  return title
    .replace(EMPHASIS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”„«»‘’]+|["'“”„«»‘’]+$/g, '')
    .replace(/[\s,;:–—-]+$/, '')
    .replace(TRAILING_EMOJI, '')
    .trim();
}
