import { TalkFormat } from '@internal/backstage-plugin-conference-takeaways-common';
import { classifyTalkUrl, isHttpUrl } from './links';
import {
  collapseWhitespace,
  leadingPersonName,
  looksLikeTitleCase,
  parseSpeakerList,
  sentences,
} from './text';

/** A talk as a report cites it, before it becomes a Talk entity. */
export interface TalkCitation {
  title: string;
  speakers: string[];
  format?: TalkFormat;
  recordingUrl?: string;
  slidesUrl?: string;
  /** Other http(s) links given for the talk (e.g. the schedule page). */
  links: string[];
}

/** A link found in a list item, e.g. from `[Title](https://...)`. */
export interface ItemLink {
  text: string;
  href: string;
}

/** A label or heading over a list of talks: "Talks:", "Talks to watch". */
export const TALKS_LABEL =
  /^(talks?|sessions?|videos?|recordings?)( to watch| worth watching| cited| referenced)?\s*:?$/i;

const QUOTES: Array<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['”', '”'],
];

const MAX_ITEM_CHARS = 400;

const FORMAT_PREFIX =
  /^(keynote|panel(?: discussion)?|lightning talk|lightning|workshop|tutorial|talk|session)\s*[:–—-]\s*/i;

const URL_IN_TEXT = /https?:\/\/[^\s<>()"“”]+[^\s<>()"“”.,;:!?]/g;

/** `keynote` ⇒ keynote, `lightning talk` ⇒ lightning, ... */
export function formatFromWord(word: string): TalkFormat | undefined {
  const lower = word.toLowerCase();
  if (lower.includes('keynote')) return 'keynote';
  if (lower.includes('panel')) return 'panel';
  if (lower.includes('lightning')) return 'lightning';
  if (lower.includes('workshop')) return 'workshop';
  if (lower.includes('tutorial')) return 'tutorial';
  if (/\b(talks?|sessions?)\b/.test(lower)) return 'talk';
  return undefined;
}

function cleanTitle(title: string): string {
  return collapseWhitespace(title)
    .replace(/^[\s"'“”„«»]+|[\s"'“”„«»]+$/g, '')
    .replace(/[,;.]+$/, '')
    .trim();
}

function withUrls(citation: TalkCitation, urls: string[]): TalkCitation {
  for (const url of urls) {
    if (!isHttpUrl(url)) {
      continue;
    }
    const kind = classifyTalkUrl(url);
    if (kind === 'recording' && !citation.recordingUrl) {
      citation.recordingUrl = url;
    } else if (kind === 'slides' && !citation.slidesUrl) {
      citation.slidesUrl = url;
    } else if (!citation.links.includes(url)) {
      citation.links.push(url);
    }
  }
  return citation;
}

function splitLeadingQuote(
  text: string,
): { title: string; rest: string } | undefined {
  for (const [open, close] of QUOTES) {
    if (text.startsWith(open)) {
      const end = text.indexOf(close, open.length);
      if (end > open.length) {
        return {
          title: text.slice(open.length, end),
          rest: text.slice(end + close.length),
        };
      }
    }
  }
  return undefined;
}

/** `by A & B — https://…` or ` - A, B` after a title ⇒ the speakers. */
function speakersAfterTitle(rest: string): string[] {
  const byMatch = /^[\s,]*(?:[—–-]\s*)?by\s+(.+)$/i.exec(rest);
  const dashMatch = /^\s*[—–-]\s+(.+)$/.exec(rest);
  const list = byMatch?.[1] ?? dashMatch?.[1];
  if (!list) {
    return [];
  }
  return parseSpeakerList(list.split(/\s+[—–]\s+|\s+-\s+/)[0]).speakers;
}

/**
 * Reads one list item or line that cites a talk, in the forms of the report
 * format: `"Title" by A & B — url`, `[Title](url) by A, B`,
 * `Keynote: "Title" by A`, `Title - A & B`. Unquoted titles are only
 * accepted when `inTalkList` (the item is under a `Talks:` label), a format
 * prefix is present, or several speakers follow the dash.
 */
export function parseTalkItem(
  rawText: string,
  options: { inTalkList?: boolean; links?: ItemLink[] } = {},
): TalkCitation | undefined {
  if (rawText.length > MAX_ITEM_CHARS) {
    return undefined; // a citation is one short line, not a paragraph
  }
  let text = collapseWhitespace(rawText);
  let format: TalkFormat | undefined;
  const prefix = FORMAT_PREFIX.exec(text);
  if (prefix) {
    format = formatFromWord(prefix[1]);
    text = text.slice(prefix[0].length);
  }
  const urls = [
    ...(options.links ?? []).map(l => l.href),
    ...(text.match(URL_IN_TEXT) ?? []),
  ];
  const textWithoutUrls = text.replace(URL_IN_TEXT, '').trim();

  let title: string | undefined;
  let speakers: string[] = [];
  const quoted = splitLeadingQuote(textWithoutUrls);
  const leadingLink = options.links?.find(l =>
    textWithoutUrls.startsWith(l.text),
  );
  if (quoted) {
    title = quoted.title;
    speakers = speakersAfterTitle(quoted.rest);
  } else if (leadingLink && leadingLink.text.trim()) {
    title = leadingLink.text;
    speakers = speakersAfterTitle(
      textWithoutUrls.slice(leadingLink.text.length),
    );
  } else {
    const byMatch = /^(.+?)\s+by\s+(.+)$/.exec(textWithoutUrls);
    const dashMatch = /^(.+?)\s+[—–-]\s+(.+?)(?:\s+[—–-]\s*)?$/.exec(
      textWithoutUrls,
    );
    const candidate = byMatch ?? dashMatch;
    if (candidate) {
      const parsed = parseSpeakerList(candidate[2]);
      const trusted =
        options.inTalkList ||
        prefix ||
        (parsed.complete && parsed.speakers.length >= 2);
      if (parsed.complete && parsed.speakers.length && trusted) {
        title = candidate[1];
        speakers = parsed.speakers;
      }
    }
    if (!title && (options.inTalkList || prefix)) {
      title = textWithoutUrls.replace(/[\s—–-]+$/, '');
    }
  }
  if (!title || !cleanTitle(title)) {
    return undefined;
  }
  return withUrls(
    { title: cleanTitle(title), speakers, format, links: [] },
    urls,
  );
}

const TALK_CONTEXT =
  /\b(talks?|keynotes?|sessions?|present(?:ed|s|ing|ation)|panel|workshop|tutorial|deep dive|lightning|titled|entitled|called)\b/i;

const PRESENTING_VERB = /\b(presented|gave|delivered|demoed|showed)\b/;

/** "presented Introduction to Telepresence, and …": an unquoted title. */
const PRESENTED_TITLE =
  /\bpresented\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|a|an|the|to|of|for|with|and|in|on)(?![\p{L}'’-]))*)/gu;
const TRAILING_SMALL_WORDS = /(\s+(a|an|the|to|of|for|with|and|in|on))+$/;

interface QuotedSpan {
  title: string;
  start: number;
  end: number;
}

function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const pattern = /“([^“”]{3,200})”|"([^"]{3,200})"|«([^«»]{3,200})»/g;
  for (const match of text.matchAll(pattern)) {
    spans.push({
      title: match[1] ?? match[2] ?? match[3],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return spans;
}

/**
 * How far around a quote we look for talk words and speakers. Keeps the
 * work per quote constant, however long the sentence.
 */
const CONTEXT_CHARS = 150;

/**
 * The names that end `textBefore`, read backwards word by word:
 * "Rafi Schloming and I" ⇒ Rafi Schloming ("I" is the author).
 */
function trailingNames(textBefore: string): string[] {
  const words = textBefore.slice(-CONTEXT_CHARS).trim().split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const bare = word.replace(/,$/, '');
    if (/^(and|&)$/.test(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(bare)) {
      taken.unshift(word);
    } else {
      break;
    }
  }
  return parseSpeakerList(
    taken.join(' ').replace(/^(and|&)\s+/, ''),
  ).speakers.filter(s => s !== 'I');
}

/** The last run of two or more capitalised words: "… my colleague Abhay Saxena was …". */
function lastFullNameIn(text: string): string | undefined {
  const runs = [
    ...text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu),
  ];
  for (let i = runs.length - 1; i >= 0; i--) {
    const name = leadingPersonName(runs[i][0]);
    if (name && name.includes(' ') && name === runs[i][0]) {
      return name;
    }
  }
  return undefined;
}

/**
 * Finds the talks a prose paragraph names: quoted titles next to talk words
 * (`the keynote “X” by A and B`, `Flynn presented “X”`), `The talk X - A & B`
 * lines, and `A presented Title Case Title`. Quotes that are not talk titles
 * (slogans, questions) are skipped: they lack talk words or title case.
 */
export function findTalksInProse(paragraph: string): TalkCitation[] {
  const text = collapseWhitespace(paragraph);
  const found: TalkCitation[] = [];

  const line =
    /^(?:the\s+)?(talk|keynote|panel|lightning talk|session|workshop|tutorial)\s*:?\s+(.+)$/i.exec(
      text,
    );
  if (line && text.length <= 250) {
    const citation = parseTalkItem(`${line[1]}: ${line[2]}`);
    if (citation && citation.speakers.length) {
      return [citation];
    }
  }
  if (text.length <= 250 && !/[.!?]\s/.test(text)) {
    const citation = parseTalkItem(text);
    if (citation?.speakers.length) {
      return [citation];
    }
  }

  for (const sentence of sentences(text)) {
    for (const span of quotedSpans(sentence)) {
      const before = sentence.slice(
        Math.max(0, span.start - CONTEXT_CHARS),
        span.start,
      );
      const after = sentence.slice(span.end, span.end + CONTEXT_CHARS);
      const title = cleanTitle(span.title);
      const contextWords = before.slice(-90).match(TALK_CONTEXT);
      const byAfter = /^[\s,]*by\s+\p{Lu}/u.test(after);
      if (!contextWords && !byAfter) {
        continue;
      }
      if (!byAfter && !looksLikeTitleCase(title)) {
        continue;
      }
      let speakers = speakersAfterTitle(after);
      if (!speakers.length) {
        const verb = PRESENTING_VERB.exec(before);
        speakers = verb ? trailingNames(before.slice(0, verb.index)) : [];
        if (!speakers.length) {
          const name = lastFullNameIn(before);
          speakers = name ? [name] : [];
        }
      }
      found.push({
        title,
        speakers,
        // the words just before the quote: "a lightning talk “…”"
        format: formatFromWord(before.slice(-25)),
        links: [],
      });
    }
    for (const match of sentence.matchAll(PRESENTED_TITLE)) {
      const title = match[1].replace(TRAILING_SMALL_WORDS, '');
      if (!looksLikeTitleCase(title)) {
        continue;
      }
      found.push({
        title,
        speakers: trailingNames(sentence.slice(0, match.index)),
        links: [],
      });
    }
  }
  return found;
}
