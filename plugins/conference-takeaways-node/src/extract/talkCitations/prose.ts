import { classifyTalkUrl, isTalkPageUrl } from '../links';
import { collapseWhitespace, looksLikeTitleCase, sentences } from '../text';
import {
  isGenericLinkText,
  isTitleLike,
  speakersAfterTitle,
  splitTitleAndSpeakers,
  withLinks,
  withoutConferenceLabel,
} from './citationParts';
import { cleanTitle, formatFromWord, stripCitationDecoration } from './cleanup';
import { parseTalkItem } from './item';
import { leadingName, looksLikePersonName } from './names';
import { parseSpeakers } from './speakers';
import { ItemLink, TalkCitation } from './types';

const TALK_CONTEXT =
  /\b(?:talks?|keynotes?|sessions?|present(?:ed|s|ing|ation)|panel|workshop|tutorial|deep dive|lightning|titled|entitled|called)\b/i;

const PRESENTING_VERB = /\b(?:presented|gave|delivered|demoed|showed)\b/;

/** "presented Introduction to Telepresence, and …": an unquoted title. */
const PRESENTED_TITLE =
  /\bpresented\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|a|an|the|to|of|for|with|and|in|on)(?![\p{L}'’-]))*)/gu;
const TRAILING_SMALL_WORDS = /(?:\s+(?:a|an|the|to|of|for|with|and|in|on))+$/;

/**
 * "I enjoyed Nomad in Production by Jane Doe": a capitalised run right
 * before "by" and a full name. The run starts after a lower-case word.
 */
const TITLE_BY_NAME =
  /(?:^|[\s(])(\p{Lu}[\p{L}\d'’:-]*(?:\s(?:\p{Lu}[\p{L}\d'’:-]*|\d+|a|an|the|to|of|for|with|and|in|on|at|from|into|is|vs)){1,14})\sby\s(\p{Lu}[^.;!?]{2,120})/gu;

/** How far around a quote we look for talk words and speakers. */
const CONTEXT_CHARS = 150;

interface Span {
  title: string;
  start: number;
  end: number;
  link?: ItemLink;
}

function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
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

/** Links to one talk whose text is in the sentence: "[Title](https://youtu.be/…)". */
function linkSpans(text: string, links: ItemLink[]): Span[] {
  const spans: Span[] = [];
  for (const link of links) {
    const title = link.text.trim();
    const start = title ? text.indexOf(title) : -1;
    const previousWord = /(\S+)\s$/.exec(
      text.slice(Math.max(0, start - 40), start),
    );
    // "the Platforms [Working Group](…)": the link is part of a longer name
    const fragment =
      previousWord !== null &&
      /^\p{Lu}/u.test(previousWord[1]) &&
      !/['’]s$/.test(previousWord[1]);
    // a schedule search or overview page counts when the title is quoted
    const quoted = /["“«]$/.test(text.slice(0, Math.max(0, start)));
    const linksTalk =
      isTalkPageUrl(link.href) ||
      (quoted && classifyTalkUrl(link.href) !== 'other');
    if (start >= 0 && !fragment && linksTalk && !isGenericLinkText(title)) {
      spans.push({ title, start, end: start + title.length, link });
    }
  }
  return spans;
}

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
    if (/^(?:and|&)$/.test(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(bare)) {
      taken.unshift(word);
    } else {
      break;
    }
  }
  return parseSpeakers(taken.join(' ').replace(/^(?:and|&)\s+/, ''), {
    commaSeparatesPeople: true,
    allowSingleWord: true,
  }).speakers.filter(s => s !== 'I');
}

/** The last full name in `text`: "… my colleague Abhay Saxena was …", "Jon Bodner's". */
function lastFullNameIn(text: string): string | undefined {
  const runs = [
    ...text.matchAll(
      /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|der))+/gu,
    ),
  ];
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i][0].replace(/['’]s$/, '');
    const words = run.split(/\s+/);
    // the name is the end of the run: "KubeCon keynote by Jane Doe" ⇒ Jane Doe
    for (let n = Math.min(4, words.length); n >= 2; n--) {
      const candidate = words.slice(-n).join(' ');
      if (looksLikePersonName(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/** Speakers of a title cited in a sentence, from the words around it. */
function speakersAround(before: string, after: string): string[] {
  const byline = speakersAfterTitle(after);
  if (byline?.speakers.length) {
    return byline.speakers;
  }
  const verb = PRESENTING_VERB.exec(before);
  if (verb) {
    const names = trailingNames(before.slice(0, verb.index));
    if (names.length) return names;
  }
  const name = lastFullNameIn(before);
  return name ? [name] : [];
}

/**
 * `sentence[from, to)` with the cited titles in it blanked, so titles are not
 * read as names. Only the window is built: the work per title stays bounded
 * however long the sentence and however many titles it cites.
 */
function maskedWindow(
  sentence: string,
  spans: Span[],
  from: number,
  to: number,
): string {
  const parts: string[] = [];
  let at = from;
  const inside = spans
    .filter(o => o.end > from && o.start < to)
    .sort((a, b) => a.start - b.start);
  for (const { start, end } of inside) {
    const blankFrom = Math.max(start, at);
    const blankTo = Math.min(end, to);
    if (blankFrom > at) parts.push(sentence.slice(at, blankFrom));
    if (blankTo > blankFrom) parts.push(' '.repeat(blankTo - blankFrom));
    at = Math.max(at, blankTo);
  }
  parts.push(sentence.slice(at, to));
  return parts.join('');
}

function citationFromSpan(
  sentence: string,
  span: Span,
  others: Span[],
): TalkCitation | undefined {
  const from = Math.max(0, span.start - CONTEXT_CHARS);
  const to = Math.min(sentence.length, span.end + CONTEXT_CHARS);
  const context = maskedWindow(
    sentence,
    others.filter(o => o !== span),
    from,
    to,
  );
  const before = context.slice(0, span.start - from);
  const after = context.slice(span.end - from).replace(/^\s*["”»]/, '');
  const decoration = stripCitationDecoration(
    withoutConferenceLabel(span.title),
  );
  const inner = splitTitleAndSpeakers(decoration.text);
  const title = cleanTitle(inner?.title ?? decoration.text);
  const contextWords = before.slice(-90).match(TALK_CONTEXT);
  const byAfter = /^[\s,]*by\s+\p{Lu}/u.test(after);
  const talkWordAfter =
    /^[\s,]*(?:talk|keynote|session|presentation|panel|workshop)\b/i.test(
      after,
    );
  if (!span.link && !contextWords && !byAfter && !talkWordAfter) {
    return undefined;
  }
  if (!span.link && !byAfter && !looksLikeTitleCase(title)) {
    return undefined; // slogans and questions in quotes
  }
  if (!isTitleLike(title)) {
    return undefined;
  }
  const speakers = inner?.speakers.speakers ?? speakersAround(before, after);
  const citation: TalkCitation = {
    title,
    speakers,
    // the words just before the title: "a lightning talk “…”"
    format: decoration.format ?? formatFromWord(before.slice(-25)),
    links: [],
  };
  return withLinks(citation, span.link ? [span.link] : []);
}

/** Bold titles next to a talk word: "The **Title** talk was …", "keynote on **Title**". */
function boldSpans(sentence: string, strong: string[]): Span[] {
  const spans: Span[] = [];
  const texts = [
    ...strong,
    ...[...sentence.matchAll(/\*\*([^*]{3,200})\*\*/g)].map(m => m[1]),
  ];
  for (const text of texts) {
    const start = sentence.indexOf(text);
    if (start < 0) continue;
    const end = start + text.length;
    const after = sentence.slice(end, end + 40).replace(/^\*\*/, '');
    const before = sentence
      .slice(Math.max(0, start - 40), start)
      .replace(/\*\*$/, '');
    if (
      /^\s*(?:talk|keynote|session|presentation|panel|workshop)\b/i.test(
        after,
      ) ||
      /\b(?:talk|keynote|session|presentation|panel|workshop)s?(?:\s+\p{Ll}+){0,3}\s*:?\s*$/iu.test(
        before,
      )
    ) {
      spans.push({ title: text, start, end });
    }
  }
  return spans;
}

function key(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
}

/** Adds a citation, or merges it into one with the same title. */
function add(found: TalkCitation[], citation: TalkCitation | undefined) {
  if (!citation) return;
  const same = found.find(t => key(t.title) === key(citation.title));
  if (!same) {
    found.push(citation);
    return;
  }
  if (!same.speakers.length) same.speakers = citation.speakers;
  same.recordingUrl = same.recordingUrl ?? citation.recordingUrl;
  same.slidesUrl = same.slidesUrl ?? citation.slidesUrl;
  same.format = same.format ?? citation.format;
  for (const url of citation.links) {
    if (!same.links.includes(url)) same.links.push(url);
  }
}

export interface ProseOptions {
  /** The links of the paragraph (Markdown link text and target). */
  links?: ItemLink[];
  /** The bold texts of the paragraph. */
  strong?: string[];
}

/**
 * Finds the talks a prose paragraph names: quoted titles next to talk words
 * (`the keynote “X” by A and B`, `Flynn presented “X”`), links to a talk's
 * recording or schedule (`Jane Doe's [X](https://youtu.be/…)`), bold titles
 * next to talk words (`the **X** session`), `The talk X - A & B` lines,
 * `A presented Title Case Title` and `I enjoyed Title Case Title by A B`.
 * Quotes that are not talk titles (slogans, questions) are skipped: they
 * lack talk words or title case.
 */
export function findTalksInProse(
  paragraph: string,
  options: ProseOptions = {},
): TalkCitation[] {
  const text = collapseWhitespace(paragraph);
  const links = options.links ?? [];
  const found: TalkCitation[] = [];

  const line =
    /^(?:the\s+)?(talk|keynote|panel|lightning talk|session|workshop|tutorial)\s*:?\s+(.+)$/i.exec(
      text,
    );
  if (line && text.length <= 250) {
    const citation = parseTalkItem(`${line[1]}: ${line[2]}`, { links });
    if (citation && citation.speakers.length) {
      return [citation];
    }
  }
  if (text.length <= 250 && !/[.!?]\s/.test(text)) {
    const citation = parseTalkItem(text, { links });
    // a paragraph that is only a link to a talk cites it, speakers or not
    const onlyLink = links.some(
      l => l.text.trim() === text && isTalkPageUrl(l.href),
    );
    if (citation && (citation.speakers.length || onlyLink)) {
      return [citation];
    }
  }

  for (const sentence of sentences(text)) {
    const spans = [
      ...linkSpans(sentence, links),
      ...quotedSpans(sentence),
    ].sort((a, b) => a.start - b.start);
    for (const span of spans) {
      add(found, citationFromSpan(sentence, span, spans));
    }
    for (const span of boldSpans(sentence, options.strong ?? [])) {
      const before = sentence.slice(
        Math.max(0, span.start - CONTEXT_CHARS),
        span.start,
      );
      const after = sentence
        .slice(span.end, span.end + CONTEXT_CHARS)
        .replace(/^\*\*/, '');
      add(found, {
        title: cleanTitle(span.title),
        speakers: speakersAfterTitle(after)?.speakers ?? [],
        format: formatFromWord(`${before.slice(-25)} ${after.slice(0, 15)}`),
        links: [],
      });
    }
    for (const match of sentence.matchAll(PRESENTED_TITLE)) {
      const title = match[1].replace(TRAILING_SMALL_WORDS, '');
      if (looksLikeTitleCase(title)) {
        add(found, {
          title,
          speakers: trailingNames(sentence.slice(0, match.index)),
          links: [],
        });
      }
    }
    for (const match of sentence.matchAll(TITLE_BY_NAME)) {
      const title = cleanTitle(match[1]);
      // "[Data Mesh](a book shop) by Jane Doe": the link says what it is
      if (
        links.some(
          l =>
            cleanTitle(l.text) === title && classifyTalkUrl(l.href) === 'other',
        )
      ) {
        continue;
      }
      const byline = parseSpeakers(
        match[2].split(/\s(?:and|&)\s(?!\p{Lu})|,\s(?=\p{Ll})/u)[0],
      );
      const name = leadingName(match[2])?.name;
      let speakers = byline.speakers;
      if (!byline.complete) {
        speakers = name ? [name] : [];
      }
      if (
        speakers.length &&
        speakers.every(s => s.includes(' ')) &&
        looksLikeTitleCase(title) &&
        isTitleLike(title) &&
        !looksLikePersonName(title) &&
        !found.some(t => key(t.title) === key(title))
      ) {
        add(found, { title, speakers, links: [] });
      }
    }
  }
  return found;
}
