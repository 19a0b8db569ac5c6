import { classifyTalkUrl, isHttpUrl } from '../links';
import { looksLikeTitleCase } from '../text';
import { cleanTitle } from './cleanup';
import { looksLikePersonName } from './names';
import { parseSpeakers, SpeakerList, SpeakerListOptions } from './speakers';
import { ItemLink, TalkCitation } from './types';

/** Link texts that say what the link is, not which talk: "Youtube", "Slides". */
const GENERIC_LINK_TEXT =
  /^(?:link|links|here|this|video|videos|recording|youtube|vimeo|slides?|slide deck|deck|pdf|presentation(?: pdf)?|watch(?: it| here| on youtube)?|read more|learn more|more|source|code|repo|github|blog(?: post)?|article|website|site|schedule|sched|talk|session|keynote|abstract|details|live ?stream|playlist|photos?|pictures?)$/i;

/** True when a link's text names nothing: "Youtube", "Slides", "link to the event site". */
export function isGenericLinkText(text: string): boolean {
  const clean = cleanTitle(text)
    .replace(/[()[\]]/g, '')
    .trim();
  return !clean || GENERIC_LINK_TEXT.test(clean) || /^link to\b/i.test(clean);
}

/** Words that describe a talk without naming it: "Kelsey's Keynote", "Great talk". */
const ENDS_WITH_TALK_WORD =
  /\b(?:talks?|keynotes?|sessions?|presentations?|panel|workshop|tutorial|demo)$/i;

/** A conference edition, not a talk: "KubeCon + CloudNativeCon China 2025 (Hong Kong)". */
const CONFERENCE_EDITION =
  /\b(?:\p{L}*Con|Summit|FOSDEM|DevOpsDays|Monitorama|re:Invent|Next)\b[^.]{0,40}\b(?:19|20)\d{2}\b/iu;

/**
 * True when `title` can be a talk's title: a short phrase that starts like
 * a title, is not a sentence, a link label, a conference edition or a
 * description of a talk ("Kelsey's keynote").
 */
export function isTitleLike(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  return (
    words.length >= 1 &&
    words.length <= 25 &&
    title.length >= 3 &&
    /^[\p{Lu}\p{Lo}\d"'“‘(¿¡]/u.test(title) &&
    !isGenericLinkText(title) &&
    !ENDS_WITH_TALK_WORD.test(title) &&
    !(CONFERENCE_EDITION.test(title) && words.length <= 10) &&
    !/[^.]\.$/.test(title) && // a sentence or a quotation, not a title
    !/[^\s.]{2}\.\s+\p{Lu}/u.test(title) // "… ends here. Next sentence"
  );
}

/** A title of two words that could be a name ("Michael Ducy") is one. */
export function isPersonLike(text: string): boolean {
  return text.split(/\s+/).length <= 2 && looksLikePersonName(text);
}

/**
 * "KubeCon EU 2025 - Title …": a conference label before the title (a few
 * words with a year, then a dash) is dropped.
 */
export function withoutConferenceLabel(text: string): string {
  const dash = /\s[—–|-]\s/.exec(text.slice(0, 70));
  if (!dash) {
    return text;
  }
  const label = text.slice(0, dash.index);
  return /\b(?:19|20)\d{2}\b/.test(label) && label.split(' ').length <= 7
    ? text.slice(dash.index + 3)
    : text;
}

/** True when most words are capitalised, as in talk titles. */
export function isTitleCased(title: string): boolean {
  return looksLikeTitleCase(title);
}

/**
 * The end of a byline inside a longer line: the first `: `, ` — `, ` – `,
 * ` - ` or sentence end ("Jane Doe, Acme: this talk was …" ⇒ "Jane Doe, Acme").
 */
export function bylineHead(text: string): string {
  const limit = Math.min(text.length, 300);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === ':' && (next === undefined || next === ' ')) {
      return text.slice(0, i);
    }
    if (
      c === ' ' &&
      (next === '—' || next === '–' || next === '-' || next === '|') &&
      text[i + 2] === ' '
    ) {
      return text.slice(0, i);
    }
    if (
      (c === '.' || c === '!' || c === '?') &&
      next === ' ' &&
      !/(?:^|[\s.])\p{Lu}$|\b(?:Inc|Ltd|Jr|Sr|Corp|Co|St|Dr)$/u.test(
        text.slice(Math.max(0, i - 5), i),
      )
    ) {
      return text.slice(0, i);
    }
  }
  return text.slice(0, limit);
}

/** Speakers after a title: "by A & B, Acme", "— A, Acme", "| A @ Acme". */
export function speakersAfterTitle(
  rest: string,
  options: SpeakerListOptions = {},
): SpeakerList | undefined {
  const by = /^[\s,]*(?:[—–|-]\s*)?by\s+/i.exec(rest);
  const dash = /^\s*[—–|-]\s+/.exec(rest);
  const lead = by ?? dash;
  if (!lead) {
    return undefined;
  }
  const list = parseSpeakers(bylineHead(rest.slice(lead[0].length)), {
    allowSingleWord: true,
    ...options,
  });
  return list.speakers.length ? list : undefined;
}

/** Separators between a title and its speakers, last one first. */
function separatorIndexes(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push(match.index);
    if (found.length > 20) break; // a citation has a few separators, not hundreds
  }
  return found.reverse();
}

export interface TitleAndSpeakers {
  title: string;
  speakers: SpeakerList;
  /** How the two were joined: "Title by A", "Title - A", "A - Title". */
  form: 'by' | 'dash' | 'speakers-first';
}

/**
 * Splits "Title by A, Acme", "Title - A & B, Acme; C, Initech" or
 * "Title | A @ Acme" at the separator whose right side is a byline. The
 * title keeps its own dashes ("More Than X: A - B - Jane Doe, Acme").
 */
export function splitTitleAndSpeakers(
  text: string,
  options: { speakersFirst?: boolean } = {},
): TitleAndSpeakers | undefined {
  for (const index of separatorIndexes(text, /\sby\s/gi)) {
    const title = cleanTitle(text.slice(0, index));
    const head = bylineHead(text.slice(index + 4));
    const speakers = parseSpeakers(head, { allowSingleWord: true });
    if (speakers.complete && isTitleLike(title)) {
      return { title, speakers, form: 'by' };
    }
  }
  // the byline follows the last separator: "A: B - C - Jane Doe, Acme"
  const [last] = separatorIndexes(text, /\s[—–|-]\s/g);
  if (last !== undefined) {
    const title = cleanTitle(text.slice(0, last));
    const speakers = parseSpeakers(bylineHead(text.slice(last + 3)), {
      allowSingleWord: true,
    });
    if (speakers.complete && isTitleLike(title)) {
      return { title, speakers, form: 'dash' };
    }
  }
  if (options.speakersFirst) {
    const first = /\s[—–-]\s/.exec(text);
    if (first) {
      const speakers = parseSpeakers(text.slice(0, first.index), {
        commaSeparatesPeople: true,
      });
      const title = cleanTitle(text.slice(first.index + 3));
      if (speakers.complete && isTitleLike(title)) {
        return { title, speakers, form: 'speakers-first' };
      }
    }
  }
  return undefined;
}

/**
 * Puts each link where it belongs: recordings and slides in their fields
 * (a link text like "Slides" wins over the URL's look), the rest in
 * `links`, schedule pages first.
 */
export function withLinks(
  citation: TalkCitation,
  links: ItemLink[],
): TalkCitation {
  const schedule: string[] = [];
  const other: string[] = [];
  for (const { href, text } of links) {
    if (!isHttpUrl(href)) {
      continue;
    }
    let kind = classifyTalkUrl(href);
    if (
      /^(?:slides?|deck|slide deck|presentation pdf|pdf)$/i.test(text.trim())
    ) {
      kind = 'slides';
    }
    if (kind === 'recording' && !citation.recordingUrl) {
      citation.recordingUrl = href;
    } else if (kind === 'slides' && !citation.slidesUrl) {
      citation.slidesUrl = href;
    } else if (kind === 'schedule') {
      schedule.push(href);
    } else {
      other.push(href);
    }
  }
  for (const url of [...schedule, ...other]) {
    if (
      !citation.links.includes(url) &&
      url !== citation.recordingUrl &&
      url !== citation.slidesUrl
    ) {
      citation.links.push(url);
    }
  }
  return citation;
}
