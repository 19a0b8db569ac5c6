import {
  detectTools,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { namesConference } from '../conferences/namesConference';
import { isHeadingCandidate, isParagraph, TextBlock } from './plainTextBlocks';
import {
  findTalksInProse,
  parseTalkItem,
  talkFromHeading,
  TalkCitation,
  TALKS_LABEL,
} from './talks';
import { collapseWhitespace, contentTokens, sentences } from './text';
import { TakeawayDraft } from './types';

/** The takeaways and talks found in the blocks of a plain-text report. */
export interface PlainTextStructure {
  takeaways: TakeawayDraft[];
  otherTalks: TalkCitation[];
  /** What the report says before its first section. */
  intro: TextBlock[];
}

export interface StructureOptions {
  dictionary: ToolDictionary;
  /** True when the author separated paragraphs with blank lines. */
  blankLineParagraphs: boolean;
}

/**
 * A list that announces takeaways is short; longer lists are content.
 * Also bounds the work of matching list items to headings.
 */
const MAX_SUMMARY_ITEMS = 60;

/** A heading needs at least this much text under it to be a takeaway. */
const MIN_SECTION_CHARS = 200;
const MAX_HEADLINE_CHARS = 140;

const OUTRO_HEADING =
  /^(wrapping up|wrap[- ]up|conclusions?|in conclusion|summary|final (thoughts|words)|closing( thoughts)?|in closing|to conclude|that'?s (it|all)|see you|thanks?\b|thank you)/i;
const OUTRO_PARAGRAPH =
  /^(so,? let['’]s|to (sum|wrap)|in (summary|conclusion)|all in all|wrapping up|see you|one last note|thanks? (you )?for reading|if you have any questions|follow me)|\bfor the end\b/i;
const TOOLS_LINE = /^tools\s*:\s*(.+)$/i;
const SUMMARY_LABEL =
  /\b(takeaways?|trends?|topics?|themes?|lessons?|highlights?|learnings?)\b/i;
const FILLER_ITEM = /^(and|etc|more|plus)\b|(…|\.\.\.)$/i;
/** "Another hot topic was…", "Security was a huge topic", "another trend". */
const TOPIC_MARKER =
  /\b(hot|big|major|huge|prominent|main|key|recurring|biggest|obvious)\s+(topic|theme|trend)s?\b|\b(was|were|is|are)\s+(a|an|the)\s+(\w+\s+)?(topic|theme|trend)\b|^another\b|\banother\s+(topic|theme|trend|novelty)\b/i;
/** A sentence naming its subject as a topic: "Security was a huge topic". */
const TOPIC_SENTENCE =
  /^[^,;]{3,80}?\s(was|were)\s+(\w+\s+){0,2}(a|an)\s+(\w+\s+)?(topic|theme|trend)\b/i;
/** First words that continue the previous paragraph rather than start one. */
const CONTINUATION = new Set([
  'it',
  'its',
  "it's",
  'it’s',
  'this',
  'these',
  'that',
  'those',
  'they',
  'their',
  'he',
  'she',
  'his',
  'her',
  'as',
  'also',
  'additionally',
  'furthermore',
  'moreover',
  'however',
  'but',
  'and',
  'so',
  'therefore',
  'thus',
  'then',
  'further',
  'with',
  'on',
  'to',
  'such',
  'both',
  'instead',
  'here',
]);

function headingText(block: TextBlock): string {
  return collapseWhitespace(block.text).replace(/[.:]$/, '');
}

/** Indexes of the blocks that head a section. */
function headingIndexes(blocks: TextBlock[]): number[] {
  if (blocks.some(b => b.heading)) {
    // headings from markup: trust them and nothing else
    return blocks.flatMap((b, i) => (b.heading ? [i] : []));
  }
  const strong = blocks
    .map((block, i) =>
      block.heading || (isHeadingCandidate(block) && isParagraph(blocks[i + 1]))
        ? i
        : -1,
    )
    .filter(i => i >= 0);
  return strong.filter((index, k) => {
    if (blocks[index].heading) {
      return true;
    }
    const end = strong[k + 1] ?? blocks.length;
    const bodyChars = blocks
      .slice(index + 1, end)
      .reduce((sum, b) => sum + b.text.length, 0);
    return bodyChars >= MIN_SECTION_CHARS;
  });
}

function topicKey(text: string): string {
  const head = text.split(/\s+[-–—]\s+|:\s/)[0];
  return [...contentTokens(head)].join(' ');
}

/** Does a summary list item announce the takeaway with this headline? */
function itemMatches(
  item: TextBlock,
  headline: string,
  headingNumber?: number,
) {
  if (item.kind === 'numbered' && headingNumber !== undefined) {
    return item.number === headingNumber;
  }
  if (topicKey(item.text) && topicKey(item.text) === topicKey(headline)) {
    return true;
  }
  const itemTokens = contentTokens(item.text);
  const headTokens = [...contentTokens(headline)];
  const shared = headTokens.filter(t => itemTokens.has(t)).length;
  return shared >= 2 || (shared > 0 && shared === headTokens.length);
}

function render(blocks: TextBlock[]): string {
  let out = '';
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    const sameList =
      previous &&
      block.listId !== undefined &&
      previous.listId === block.listId;
    if (out) {
      out += sameList ? '\n' : '\n\n';
    }
    const text = block.source ?? block.text;
    if (block.kind === 'bullet') {
      out += `- ${text}`;
    } else if (block.kind === 'numbered') {
      out += `${block.number}. ${text}`;
    } else {
      out += text;
    }
  });
  return out;
}

/**
 * Drops short title-like lines at the end of a section: the heading of the
 * next group ("Some new features to check out!") or a "Published: …" line.
 */
function withoutTrailingLines(blocks: TextBlock[]): TextBlock[] {
  let end = blocks.length;
  while (
    end > 1 &&
    blocks[end - 1].kind === 'line' &&
    isHeadingCandidate(blocks[end - 1])
  ) {
    end--;
  }
  return blocks.slice(0, end);
}

/**
 * The talks one block cites. A list item is read as a citation first (a
 * linked, bold or quoted title with speakers); anything else as prose.
 */
function talksOfBlock(block: TextBlock, inTalkList = false): TalkCitation[] {
  const cues = { links: block.links, strong: block.strong };
  if (block.kind !== 'line' || inTalkList) {
    const talk = parseTalkItem(block.text, { ...cues, inTalkList });
    if (talk && (inTalkList || talk.speakers.length || block.links?.length)) {
      return [talk];
    }
  }
  return findTalksInProse(block.text, cues);
}

/** Talks, explicit tools and the summary of the blocks of one takeaway. */
function readBody(blocks: TextBlock[]): Omit<TakeawayDraft, 'headline'> {
  const talks: TalkCitation[] = [];
  const explicitTools: string[] = [];
  const kept: TextBlock[] = [];
  let talkList = false;
  for (const block of blocks) {
    if (block.kind === 'line' && TALKS_LABEL.test(block.text)) {
      talkList = true;
      continue;
    }
    const tools = block.kind === 'line' ? TOOLS_LINE.exec(block.text) : null;
    if (tools) {
      explicitTools.push(
        ...tools[1]
          .split(/[,;]/)
          .map(t => t.trim())
          .filter(Boolean),
      );
      continue;
    }
    if (block.kind !== 'line' && talkList) {
      const listed = talksOfBlock(block, true);
      if (listed.length) {
        talks.push(...listed);
        continue;
      }
    }
    talkList = false;
    talks.push(...talksOfBlock(block));
    kept.push(block);
  }
  return { summary: render(kept), talks, explicitTools };
}

function trimHeadline(sentence: string): string {
  let headline = collapseWhitespace(sentence);
  const clause = headline.indexOf(';');
  if (clause >= 20) {
    headline = headline.slice(0, clause);
  }
  headline = headline.replace(/[:;,]$/, '');
  if (headline.length > MAX_HEADLINE_CHARS) {
    const cut = headline.slice(0, MAX_HEADLINE_CHARS);
    headline = `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  }
  return headline;
}

/** The sentence(s) whose tools decide whether a paragraph opens a topic. */
function openingOf(text: string): string {
  const [first, second] = sentences(text, 2);
  return first?.endsWith('?') && second ? `${first} ${second}` : first ?? '';
}

function toolSlugs(text: string, dictionary: ToolDictionary): string[] {
  return detectTools(text, { dictionary }).map(m => m.slug);
}

function firstWord(text: string): string {
  return (text.split(/\s+/)[0] ?? '').toLowerCase().replace(/[^a-z'’]/g, '');
}

function isContinuation(block: TextBlock, previous: TextBlock | undefined) {
  return (
    /^\p{Ll}/u.test(block.text) ||
    CONTINUATION.has(firstWord(block.text)) ||
    Boolean(previous?.text.endsWith(':'))
  );
}

/** Headline of a heading-less takeaway: its topic sentence, trimmed. */
function topicHeadline(text: string, dictionary: ToolDictionary): string {
  const all = sentences(text, 5);
  const first = all[0] ?? text;
  if (!TOPIC_MARKER.test(first) && !toolSlugs(first, dictionary).length) {
    const marked = all.slice(1, 5).find(s => TOPIC_SENTENCE.test(s));
    if (marked) {
      return trimHeadline(marked);
    }
  }
  return trimHeadline(first);
}

/** Words of a paragraph about the conference itself. */
const CONFERENCE_WORDS = /\battend(ed|ing)?\b|\bconference\b/i;

const isAboutTheConference = (text: string) =>
  CONFERENCE_WORDS.test(text) || namesConference(text);

interface Topic {
  start: TextBlock;
  blocks: TextBlock[];
  tools: Set<string>;
}

/**
 * Without headings, takeaways are topics: runs of paragraphs that open with
 * a topic sentence ("Another hot topic was …"), with a tool not yet
 * discussed, or (when the author separates paragraphs with blank lines) any
 * paragraph of three sentences or more. Paragraphs that continue the
 * previous one ("It …", "This …") stay with it. Leading paragraphs about the
 * conference itself are the intro; "See you at …" paragraphs the outro.
 */
function topicsOf(
  blocks: TextBlock[],
  options: StructureOptions,
): { topics: Topic[]; outside: TextBlock[] } {
  const topics: Topic[] = [];
  const outside: TextBlock[] = [];
  let current: Topic | undefined;
  blocks.forEach((block, i) => {
    if (block.kind === 'line' && OUTRO_PARAGRAPH.test(block.text)) {
      current = undefined;
      outside.push(block);
      return;
    }
    const prose =
      block.kind === 'line' &&
      (isParagraph(block) ||
        (block.text.length >= 40 && /^\p{Lu}.*[.!?:…"”]$/u.test(block.text)));
    if (!prose) {
      (current?.blocks ?? outside).push(block);
      return;
    }
    const opening = openingOf(block.text);
    const openingTools = toolSlugs(opening, options.dictionary);
    const continuation = isContinuation(block, blocks[i - 1]);
    const marker = TOPIC_MARKER.test(opening);
    const newTools =
      openingTools.length > 0 && !openingTools.some(t => current?.tools.has(t));
    const long = sentences(block.text, 3).length >= 3;
    const conferenceIntro =
      !current && !topics.length && isAboutTheConference(opening) && !marker;
    let starts: boolean;
    if (conferenceIntro) {
      // "…was an umbrella conference. … The future of Kubernetes was of
      // course a major topic; …": the intro ends where a topic begins.
      const all = sentences(block.text);
      const k = all.findIndex((s, n) => n > 0 && TOPIC_SENTENCE.test(s));
      if (k > 0) {
        outside.push({ ...block, text: all.slice(0, k).join(' ') });
        const rest: TextBlock = { ...block, text: all.slice(k).join(' ') };
        current = { start: rest, blocks: [rest], tools: new Set() };
        topics.push(current);
        toolSlugs(rest.text, options.dictionary).forEach(t =>
          current!.tools.add(t),
        );
        return;
      }
      starts = false;
    } else if (options.blankLineParagraphs) {
      starts = long || ((marker || newTools) && !continuation);
    } else {
      starts = (marker || newTools) && !continuation;
    }
    if (starts) {
      current = { start: block, blocks: [block], tools: new Set() };
      topics.push(current);
    } else if (current) {
      current.blocks.push(block);
    } else {
      outside.push(block);
    }
    if (current) {
      toolSlugs(block.text, options.dictionary).forEach(t =>
        current!.tools.add(t),
      );
    }
  });
  return { topics, outside };
}

interface ListGroup {
  items: TextBlock[];
  label?: TextBlock;
}

function listsIn(blocks: TextBlock[]): ListGroup[] {
  const lists = new Map<number, ListGroup>();
  blocks.forEach((block, i) => {
    if (block.listId === undefined) {
      return;
    }
    const group = lists.get(block.listId) ?? {
      items: [],
      label: blocks[i - 1]?.kind === 'line' ? blocks[i - 1] : undefined,
    };
    group.items.push(block);
    lists.set(block.listId, group);
  });
  return [...lists.values()];
}

/**
 * Reads the takeaways of a plain-text report. Sections under headings are
 * takeaways; without headings, topics are (see topicsOf). A list near the
 * top that announces the takeaways ("the main takeaways: • …") is matched
 * to them; items no section covers become takeaways of their own.
 */
export function readPlainTextStructure(
  blocks: TextBlock[],
  options: StructureOptions,
): PlainTextStructure {
  const headings = headingIndexes(blocks);
  const drafts: Array<TakeawayDraft & { number?: number }> = [];
  const outside: TextBlock[] = [];
  const listedTalks: TalkCitation[] = [];
  const summaryCandidates: TextBlock[] = [];
  const intro: TextBlock[] = [];

  if (headings.length) {
    outside.push(...blocks.slice(0, headings[0]));
    intro.push(...blocks.slice(0, headings[0]));
    summaryCandidates.push(...blocks.slice(0, headings[0]));
    const sections = headings.map((index, k) => ({
      heading: blocks[index],
      body: blocks.slice(index + 1, headings[k + 1] ?? blocks.length),
    }));
    sections.forEach((section, k) => {
      const headline = headingText(section.heading);
      if (OUTRO_HEADING.test(headline)) {
        outside.push(...section.body);
        return;
      }
      if (TALKS_LABEL.test(headline)) {
        // a "Talks" section lists talks; with prose around them ("## The
        // talks" in a blog post) it is a takeaway as well
        const listing = readBody([section.heading, ...section.body]);
        if (listing.summary.length < MIN_SECTION_CHARS) {
          listedTalks.push(...listing.talks);
          return;
        }
        drafts.push({ headline, ...listing });
        return;
      }
      const later = sections
        .slice(k + 1, k + 1 + MAX_SUMMARY_ITEMS)
        .map(s => headingText(s.heading));
      const isTableOfContents = listsIn(section.body).some(
        list =>
          list.items.length >= 3 &&
          list.items.length <= MAX_SUMMARY_ITEMS &&
          list.items.filter(item => later.some(h => itemMatches(item, h)))
            .length >=
            list.items.length / 2,
      );
      if (isTableOfContents) {
        outside.push(...section.body);
        summaryCandidates.push(...section.body);
        return;
      }
      // a heading from markup ends its section by itself; only guessed
      // headings leave the next group's title line at the end
      const body = readBody(
        section.heading.heading
          ? section.body
          : withoutTrailingLines(section.body),
      );
      // "Speaker - Title" or "Title | Speaker @ Company": notes on a talk
      const headingTalk = section.heading.heading
        ? talkFromHeading(section.heading.text, section.heading.links)
        : undefined;
      if (!body.summary && !headingTalk) {
        return; // a heading over sub-headings ("Day 1") says nothing itself
      }
      drafts.push({
        headline,
        number:
          section.heading.kind === 'numbered'
            ? section.heading.number
            : undefined,
        ...body,
        summary: body.summary || headline,
        talks: headingTalk ? [headingTalk, ...body.talks] : body.talks,
      });
    });
  } else {
    const { topics, outside: rest } = topicsOf(blocks, options);
    outside.push(...rest);
    summaryCandidates.push(...rest);
    const firstTopic = topics.length ? blocks.indexOf(topics[0].start) : -1;
    intro.push(
      ...rest.filter(b => firstTopic < 0 || blocks.indexOf(b) < firstTopic),
    );
    for (const topic of topics) {
      drafts.push({
        headline: topicHeadline(topic.start.text, options.dictionary),
        ...readBody(topic.blocks),
      });
    }
  }

  const listed: TakeawayDraft[] = [];
  for (const list of listsIn(summaryCandidates)) {
    if (list.items.length < 2 || list.items.length > MAX_SUMMARY_ITEMS) {
      continue;
    }
    const matched = list.items.filter(item =>
      drafts.some(d => itemMatches(item, d.headline, d.number)),
    );
    const announced = Boolean(
      list.label && SUMMARY_LABEL.test(list.label.text),
    );
    if (!matched.length && !announced) {
      continue;
    }
    for (const item of list.items) {
      if (!matched.includes(item) && !FILLER_ITEM.test(item.text.trim())) {
        const headline = trimHeadline(item.text).replace(/[.,]$/, '');
        listed.push({
          headline,
          summary: item.text,
          talks: [],
          explicitTools: [],
        });
      }
    }
  }

  const inTakeaways = new Set(drafts.flatMap(d => d.talks.map(t => t.title)));
  const otherTalks = outside
    .flatMap(block => talksOfBlock(block))
    .concat(listedTalks)
    .filter(t => !inTakeaways.has(t.title));

  return {
    takeaways: [...listed, ...drafts.map(({ number: _n, ...draft }) => draft)],
    intro,
    otherTalks,
  };
}
