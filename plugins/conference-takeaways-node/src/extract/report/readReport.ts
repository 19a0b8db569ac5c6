import { basename, extname } from 'node:path';
import { reportEntities, toolsOf } from '../entities';
import { isParagraph, TextBlock, textBlocks } from '../plainTextBlocks';
import { readPlainTextStructure } from '../plainTextStructure';
import { FileExtraction, ParseContext, TakeawayDraft } from '../types';
import { firstDateIn } from './dates';
import { readFrontmatter } from './frontmatter';
import { withLinkedProjects } from './linkedProjects';
import { markdownBlocks } from './markdownBlocks';
import { reportAuthor } from './reportAuthor';
import { ReportHints, reportHints } from './reportHints';
import { resolveReportConference } from './resolveReportConference';
import { markTitles, withoutUnderlines } from './underlinedTitles';

function plainTextBlocks(body: string) {
  const { text, titles } = withoutUnderlines(body);
  const { blocks, blankLineParagraphs } = textBlocks(text);
  return { blocks: markTitles(blocks, titles), blankLineParagraphs };
}

/** How much of a report a whole-report takeaway keeps as its summary. */
const MAX_FALLBACK_SUMMARY_CHARS = 20_000;

/** Longest first line that is read as the title of a plain-text report. */
const MAX_TITLE_LINE_CHARS = 120;

/**
 * Plain text has no title markup: a short first line, not a sentence and
 * followed by more text, is the title.
 */
function withTitleLine(blocks: TextBlock[]): TextBlock[] {
  const [first, ...rest] = blocks;
  const isTitle =
    first &&
    rest.length > 0 &&
    first.kind === 'line' &&
    !first.depth &&
    first.text.length <= MAX_TITLE_LINE_CHARS &&
    !/[.:;,!?]$/.test(first.text) &&
    !isParagraph(first);
  return isTitle ? [{ ...first, depth: 1 }, ...rest] : blocks;
}

function reportTitle(
  hints: ReportHints,
  blocks: TextBlock[],
  fileName: string,
): string {
  if (hints.title) {
    return hints.title;
  }
  const h1 = blocks.slice(0, 5).find(b => b.depth === 1);
  return h1?.text ?? fileName;
}

/**
 * A report whose structure says nothing (no headings, lists or topic
 * paragraphs) is still a takeaway: the whole report, under its title.
 */
function wholeReportTakeaway(
  title: string,
  hints: ReportHints,
  blocks: TextBlock[],
): TakeawayDraft {
  let summary = hints.description ? `${hints.description}\n\n` : '';
  for (const block of blocks) {
    if (summary.length + block.text.length > MAX_FALLBACK_SUMMARY_CHARS) {
      break;
    }
    summary += `${block.kind === 'line' ? '' : '- '}${block.text}\n\n`;
  }
  return {
    headline: title,
    summary: summary.trim() || title,
    explicitTools: [],
    talks: [],
  };
}

/** An introduction shorter than this is a greeting, not a takeaway. */
const MIN_INTRO_CHARS = 150;

/**
 * The introduction before the first section, as a takeaway of its own when
 * it is substantial and names tools no section discusses: blog posts often
 * say what the whole conference was about there ("everyone talked about
 * SPIFFE and Cilium"), and those tools would otherwise be lost.
 */
function introTakeaway(
  title: string,
  hints: ReportHints,
  intro: TextBlock[],
  sections: TakeawayDraft[],
  ctx: ParseContext,
): TakeawayDraft[] {
  const prose = intro.filter(b => !b.depth);
  const text = prose.map(b => b.text).join('\n');
  if (text.length < MIN_INTRO_CHARS) {
    return [];
  }
  // only when it names tools no section does: otherwise it repeats them
  const introTools = toolsOf(text, ctx.dictionary);
  if (!introTools.length) {
    return []; // the sections' tools are only worth reading when it has some
  }
  const discussed = new Set(
    sections.flatMap(d =>
      toolsOf(`${d.headline}\n${d.summary}`, ctx.dictionary),
    ),
  );
  if (introTools.every(tool => discussed.has(tool))) {
    return [];
  }
  return [
    {
      ...wholeReportTakeaway(title, hints, prose),
      headline: hints.description ?? title,
    },
  ];
}

/**
 * A trip report as people publish it: Markdown (any blog's front matter, or
 * none), plain text or a reStructuredText export. Front matter is a hint:
 * whatever it lacks is inferred from the title, tags, headings and body, and
 * what still cannot be told is recorded on the entities, never a rejection.
 */
export function extractReport(
  text: string,
  reportContext: ParseContext,
  format: 'markdown' | 'plain-text',
): FileExtraction {
  const front = readFrontmatter(text, reportContext.path);
  const { hints, problems: hintProblems } = reportHints(front.data);
  const read =
    format === 'markdown'
      ? { blocks: markdownBlocks(front.body), blankLineParagraphs: true }
      : plainTextBlocks(front.body);
  const blankLineParagraphs = read.blankLineParagraphs;
  const blocks = read.blocks.some(b => b.depth === 1)
    ? read.blocks
    : withTitleLine(read.blocks);
  const fileName = basename(reportContext.path, extname(reportContext.path));
  const title = reportTitle(hints, blocks, fileName);
  // projects linked to their repository are tools of this report
  const ctx: ParseContext = {
    ...reportContext,
    dictionary: withLinkedProjects(blocks, reportContext.dictionary),
  };
  const bodyBlocks = blocks.filter(b => b.depth !== 1);

  const conference = resolveReportConference({
    hints,
    title,
    body: bodyBlocks.map(b => b.text).join('\n'),
    ctx,
  });
  const structure = readPlainTextStructure(bodyBlocks, {
    dictionary: ctx.dictionary,
    blankLineParagraphs,
  });
  const takeaways = structure.takeaways.length
    ? [
        ...introTakeaway(
          title,
          hints,
          structure.intro,
          structure.takeaways,
          ctx,
        ),
        ...structure.takeaways,
      ]
    : [wholeReportTakeaway(title, hints, bodyBlocks)];

  const result = reportEntities(
    {
      key: hints.title ?? fileName,
      report: {
        title,
        author: hints.authors.join(', ') || reportAuthor(blocks),
        date: hints.date ?? firstDateIn(bodyBlocks),
        url: hints.url,
      },
      owner: hints.owner,
      conference: conference.resolved,
      otherConferences: conference.others,
      takeaways,
      otherTalks: structure.otherTalks,
      inferred: conference.inferred,
      unknown: conference.resolved ? [] : ['conference'],
    },
    ctx,
  );
  return {
    entities: result.entities,
    problems: [
      ...front.problems,
      ...hintProblems,
      ...conference.problems,
      ...result.problems,
    ],
  };
}
