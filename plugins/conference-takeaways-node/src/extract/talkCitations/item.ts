import { isTalkPageUrl } from '../links';
import {
  bylineHead,
  isGenericLinkText,
  isTitleCased,
  isTitleLike,
  speakersAfterTitle,
  withoutConferenceLabel,
  splitTitleAndSpeakers,
  withLinks,
} from './citationParts';
import { cleanTitle, stripCitationDecoration } from './cleanup';
import { speakersBeforeVerb } from './speakers';
import { ItemLink, TalkCitation } from './types';

/** Only the start of a long item is a citation; the rest describes the talk. */
const MAX_HEAD_CHARS = 400;

const URL_IN_TEXT = /https?:\/\/[^\s<>()"“”]+[^\s<>()"“”.,;:!?]/g;

export interface TalkItemOptions {
  /** The item is under a "Talks" label or heading: bare titles are talks. */
  inTalkList?: boolean;
  /** The links of the item (Markdown link text and target). */
  links?: ItemLink[];
  /** The bold texts of the item: a bold opening is read as the title. */
  strong?: string[];
}

/** The text a leading link, quote or bold span gives as the title, and what follows. */
function leadingTitle(
  text: string,
  rawText: string,
  options: TalkItemOptions,
):
  | { title: string; rest: string; link?: ItemLink; marked: boolean }
  | undefined {
  const link = options.links?.find(
    l => l.text.trim() && text.startsWith(stripCitationDecoration(l.text).text),
  );
  if (link && !isGenericLinkText(link.text)) {
    const linkText = stripCitationDecoration(link.text).text;
    return {
      title: linkText,
      rest: text.slice(linkText.length),
      link,
      marked: true,
    };
  }
  const quote = /^(["“„«‘])([^"“”„«»‘’]{2,300})(["”“»’])/.exec(text);
  if (quote) {
    return { title: quote[2], rest: text.slice(quote[0].length), marked: true };
  }
  const bold =
    options.strong?.map(s => s.trim()).find(s => s && text.startsWith(s)) ??
    /^(?:[^\p{L}\d*_[]{0,8})\*\*([^*]{2,300})\*\*/u.exec(rawText)?.[1];
  if (bold) {
    const title = stripCitationDecoration(bold).text;
    if (text.startsWith(title)) {
      return { title, rest: text.slice(title.length), marked: true };
    }
  }
  return undefined;
}

/**
 * Reads one list item or line that cites a talk:
 * `"Title" by A & B — url`, `[Title](recording) by A, B`,
 * `[Title - A, Acme; B, Initech](recording)`, `**Title by A, Acme**`,
 * `Title – A, Acme; B, Initech`, `Keynote: Title - A`, `[KEYNOTE] …`,
 * `1. 🔥 **[Title](sched)**: A and B shared …`. Unmarked titles (no quote,
 * link, bold or prefix) need a byline that leaves no doubt; bare titles are
 * only accepted under a "Talks" label (`inTalkList`) or with a prefix.
 */
export function parseTalkItem(
  rawText: string,
  options: TalkItemOptions = {},
): TalkCitation | undefined {
  const raw = rawText.slice(0, MAX_HEAD_CHARS);
  const decoration = stripCitationDecoration(raw);
  const urls = (decoration.text.match(URL_IN_TEXT) ?? []).map(href => ({
    href,
    text: '',
  }));
  const text = withoutConferenceLabel(
    decoration.text.replace(URL_IN_TEXT, '').replace(/\s+/g, ' ').trim(),
  );
  const again = stripCitationDecoration(text); // "KubeCon EU 2025 - Keynote: …"
  const format = decoration.format ?? again.format;
  const prefixed = decoration.prefixed || again.prefixed;
  const body = again.text;
  const links = [...(options.links ?? []), ...urls];
  // a link to one talk vouches for the title it names (or for the line, when its text is "Youtube")
  const talkLinkFor = (title: string) =>
    links.some(
      l =>
        isTalkPageUrl(l.href) &&
        (isGenericLinkText(l.text) ||
          cleanTitle(stripCitationDecoration(l.text).text) ===
            cleanTitle(title)),
    );
  const talkLink = links.some(
    l => isTalkPageUrl(l.href) && isGenericLinkText(l.text),
  );
  const trusted = Boolean(options.inTalkList) || prefixed;

  let title: string | undefined;
  let speakers: string[] = [];
  const lead = leadingTitle(body, raw, options);
  if (lead) {
    // the title itself may carry the byline: "[Title - A, Acme](…)"
    const inner = splitTitleAndSpeakers(
      stripCitationDecoration(withoutConferenceLabel(lead.title)).text,
    );
    const innerFormat = stripCitationDecoration(
      withoutConferenceLabel(lead.title),
    );
    const after = speakersAfterTitle(lead.rest);
    const described = /^\s*:\s/.test(lead.rest)
      ? speakersBeforeVerb(lead.rest.replace(/^\s*:\s*/, ''))
      : [];
    const linkIsTalk = lead.link ? isTalkPageUrl(lead.link.href) : false;
    // a link elsewhere (a book, an article) says this is not a talk
    const linkIsElsewhere = Boolean(lead.link) && !linkIsTalk;
    const accepted =
      trusted ||
      linkIsTalk ||
      (!linkIsElsewhere &&
        (Boolean(inner) || Boolean(after?.speakers.length) || talkLink));
    if (accepted) {
      title = inner?.title ?? innerFormat.text;
      speakers = inner?.speakers.speakers ?? after?.speakers ?? described;
      return finish(title, speakers, format ?? innerFormat.format, links);
    }
    if (lead.link) {
      return undefined; // a link to a book or an article, not to a talk
    }
  }
  const split = splitTitleAndSpeakers(body);
  if (split) {
    const { speakers: list, form } = split;
    const sure =
      trusted ||
      talkLinkFor(split.title) ||
      (form === 'by' && (isTitleCased(split.title) || /:/.test(split.title))) ||
      (form === 'dash' && (list.speakers.length >= 2 || list.affiliated));
    if (sure) {
      title = split.title;
      speakers = list.speakers;
    }
  }
  const bare = cleanTitle(bylineHead(body));
  if (
    !title &&
    (trusted || talkLink) &&
    isTitleLike(bare) &&
    !isSentence(bare)
  ) {
    title = bare;
  }
  return title ? finish(title, speakers, format, links) : undefined;
}

/** "There is a Go implementation of yacc": a statement, not a title. */
function isSentence(text: string): boolean {
  return (
    !isTitleCased(text) &&
    (/\s(?:is|are|was|were|has|have|had|will|can|should|must)\s/i.test(text) ||
      /^(?:if|when|there|it|this|i|we|you|they)\s/i.test(text))
  );
}

function finish(
  title: string,
  speakers: string[],
  format: TalkCitation['format'],
  links: ItemLink[],
): TalkCitation | undefined {
  const clean = cleanTitle(title);
  if (!clean || !isTitleLike(clean)) {
    return undefined;
  }
  return withLinks({ title: clean, speakers, format, links: [] }, links);
}
