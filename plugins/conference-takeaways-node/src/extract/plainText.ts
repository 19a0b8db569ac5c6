import { basename, extname } from 'node:path';
import { DateTime } from 'luxon';
import { conferenceEntityName } from './conference';
import { reportEntities } from './entities';
import { inlineText, parseMarkdown } from './markdownTokens';
import { isParagraph, TextBlock, textBlocks } from './plainTextBlocks';
import { detectConference } from './plainTextConference';
import { readPlainTextStructure } from './plainTextStructure';
import { parseSpeakerList } from './text';
import { FileExtraction, ParseContext } from './types';

const SERIES_MENTION = /kube\s*con|cloud\s*native\s*con/i;
const DATE_FORMATS = [
  'LLLL d, yyyy',
  'LLL d, yyyy',
  'LLL. d, yyyy',
  'd. LLLL yyyy',
  'd LLLL yyyy',
  'd LLL yyyy',
  'yyyy-MM-dd',
];
const DATE_CANDIDATE =
  /(?:\d{1,2}\.?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2},?)?\s+\d{4}|\d{4}-\d{2}-\d{2}/g;

/** The first date in the text that luxon can read, as YYYY-MM-DD. */
function reportDate(text: string): string | undefined {
  for (const match of text.matchAll(DATE_CANDIDATE)) {
    for (const format of DATE_FORMATS) {
      const date = DateTime.fromFormat(match[0].trim(), format, {
        locale: 'en',
        zone: 'utc',
      });
      if (date.isValid) {
        return date.toISODate()!;
      }
    }
  }
  return undefined;
}

/** A byline near the top: "by Alex Krause, Felix Kampfer | 1612 words". */
function reportAuthor(blocks: TextBlock[]): string | undefined {
  for (const block of blocks.slice(0, 6)) {
    const byline = /^by\s+([^|]+)/i.exec(block.text);
    if (byline) {
      const { speakers } = parseSpeakerList(byline[1]);
      if (speakers.length) {
        return speakers.join(', ');
      }
    }
  }
  return undefined;
}

/** A short line near the top that names the conference is the title. */
function titleIndex(blocks: TextBlock[]): number {
  return blocks
    .slice(0, 3)
    .findIndex(
      b =>
        b.kind === 'line' &&
        !isParagraph(b) &&
        b.text.length <= 120 &&
        SERIES_MENTION.test(b.text),
    );
}

/** Blocks of a Markdown document that has no frontmatter. */
export function markdownBlocks(source: string): TextBlock[] {
  const tokens = parseMarkdown(source);
  const blocks: TextBlock[] = [];
  let listId = 0;
  const lists: Array<{ id: number; ordered: boolean; next: number }> = [];
  tokens.forEach((token, i) => {
    if (
      token.type === 'bullet_list_open' ||
      token.type === 'ordered_list_open'
    ) {
      listId++;
      lists.push({
        id: listId,
        ordered: token.type === 'ordered_list_open',
        next: Number(token.attrGet('start') ?? 1),
      });
    } else if (
      token.type === 'bullet_list_close' ||
      token.type === 'ordered_list_close'
    ) {
      lists.pop();
    } else if (token.type === 'inline') {
      const opener = tokens[i - 1];
      const { text } = inlineText(token);
      const list = lists[lists.length - 1];
      if (!text) {
        return;
      }
      if (opener.type === 'heading_open') {
        blocks.push({ kind: 'line', text, heading: opener.tag !== 'h1' });
      } else if (list) {
        blocks.push(
          list.ordered
            ? { kind: 'numbered', number: list.next++, text, listId: list.id }
            : { kind: 'bullet', text, listId: list.id },
        );
      } else {
        blocks.push({ kind: 'line', text });
      }
    }
  });
  return blocks;
}

/**
 * A trip report without markup (or Markdown without frontmatter): the
 * conference is detected from the text, takeaways from headings, numbered
 * or bulleted summaries and topic paragraphs, talks from quoted titles and
 * `Title - Speaker & Speaker` lines.
 */
export function extractPlainTextReport(
  text: string,
  ctx: ParseContext,
  options: { markdown?: boolean } = {},
): FileExtraction {
  const fail = (problem: string): FileExtraction => ({
    entities: [],
    problems: [problem],
  });
  const { blocks, blankLineParagraphs } = options.markdown
    ? { blocks: markdownBlocks(text), blankLineParagraphs: true }
    : textBlocks(text);
  const conference = detectConference(text);
  if ('problem' in conference) {
    return fail(`no conference found in ${ctx.path}: ${conference.problem}`);
  }
  const title = titleIndex(blocks);
  const structure = readPlainTextStructure(blocks, {
    dictionary: ctx.dictionary,
    blankLineParagraphs,
  });
  if (!structure.takeaways.length) {
    return fail(
      `no takeaways found in ${ctx.path}: expected headings, a list of takeaways or topic paragraphs`,
    );
  }
  const fileName = basename(ctx.path, extname(ctx.path));
  return reportEntities(
    {
      key: fileName,
      report: {
        title: title >= 0 ? blocks[title].text : fileName,
        author: reportAuthor(blocks),
        date: reportDate(text),
      },
      conference: {
        name: conferenceEntityName(conference.info),
        info: conference.info,
      },
      takeaways: structure.takeaways,
      otherTalks: structure.otherTalks,
    },
    ctx,
  );
}
