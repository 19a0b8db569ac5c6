import { isTalkPageUrl } from '../links';
import {
  isPersonLike,
  isTitleLike,
  splitTitleAndSpeakers,
  withLinks,
} from './citationParts';
import { cleanTitle, stripCitationDecoration } from './cleanup';
import { parseTalkItem } from './item';
import { leadingName } from './names';
import { ItemLink, TalkCitation } from './types';

/** Headings that organise a report, never a talk: "Day 1", "Keynotes", "Takeaways". */
const SECTION_HEADING =
  /^(?:(?:day|track|part)\s+(?:\d+|zero|one|two|three|four|five)\b.*|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|(?:key\s+|main\s+|my\s+)?(?:takeaways?|keynotes?|talks?|sessions?|highlights?|announcements?|notes|summary|conclusions?|introduction|intro|overview|agenda|schedule|resources|links|videos?)\b.{0,30})$/i;

/**
 * Reads a heading that is a talk: "Speaker: Title", "Speaker - Title",
 * "A and B - Title", "A, B - Title", "Title | Speaker @ Company (@handle)",
 * "**Title** by _Speaker (Company)_", "Title by Speaker, Company", or a
 * heading that is a link to a talk's recording or schedule page. Section
 * headings ("Day 1", "Keynotes", "Takeaways") and topics are not talks.
 */
export function talkFromHeading(
  text: string,
  links: ItemLink[] = [],
): TalkCitation | undefined {
  const { text: heading, format } = stripCitationDecoration(text.slice(0, 300));
  if (!heading || SECTION_HEADING.test(heading)) {
    return undefined;
  }
  // a heading that is a link to one talk: read it like a list item
  const whole = links.find(
    l =>
      isTalkPageUrl(l.href) &&
      stripCitationDecoration(l.text).text.length >= heading.length * 0.6,
  );
  if (whole) {
    return parseTalkItem(heading, { links, inTalkList: true });
  }
  const split = splitTitleAndSpeakers(heading, { speakersFirst: true });
  if (split) {
    const { speakers: list, form, title } = split;
    const titleWords = title.split(/\s+/).length;
    const sure =
      form === 'by' ||
      form === 'speakers-first' ||
      /\s\|\s/.test(heading) ||
      list.speakers.length >= 2 ||
      list.affiliated ||
      titleWords >= 3;
    if (sure && list.speakers.every(s => s.includes(' ') || form === 'by')) {
      return withLinks(
        { title, speakers: list.speakers, format, links: [] },
        links,
      );
    }
  }
  // "Jane Doe: Title of the Talk"
  const colon = /^([^:]{3,60}):\s+(.+)$/.exec(heading);
  if (colon) {
    const name = leadingName(colon[1]);
    const title = cleanTitle(colon[2]);
    if (
      name?.name === colon[1].trim() &&
      title.split(/\s+/).length >= 3 &&
      isTitleLike(title) &&
      !isPersonLike(title)
    ) {
      return withLinks(
        { title, speakers: [name.name], format, links: [] },
        links,
      );
    }
  }
  return undefined;
}
