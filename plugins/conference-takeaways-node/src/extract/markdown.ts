import { basename, extname } from 'node:path';
import matter from 'gray-matter';
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  canonicalRegion,
  canonicalSeries,
  ConferenceInfo,
  conferenceEntityName,
  parseConferenceEntityName,
} from './conference';
import { reportEntities } from './entities';
import { isHttpUrl } from './links';
import { inlineText, parseMarkdown, Token } from './markdownTokens';
import { isValidEntityName } from './naming';
import { parseTalkItem, TalkCitation, TALKS_LABEL } from './talks';
import { FileExtraction, ParseContext, TakeawayDraft } from './types';
import { parseYamlValue } from './yaml';

const isoDate = z.union([z.string(), z.date()]).transform((value, zodCtx) => {
  const date =
    value instanceof Date
      ? DateTime.fromJSDate(value, { zone: 'utc' })
      : DateTime.fromISO(value, { zone: 'utc' });
  if (!date.isValid) {
    zodCtx.addIssue({
      code: 'custom',
      message: `"${value}" is not a date (YYYY-MM-DD)`,
    });
    return z.NEVER;
  }
  return date.toISODate()!;
});

const httpUrl = z
  .string()
  .refine(isHttpUrl, { message: 'must be an http(s) URL' });

const conferenceObject = z.object({
  name: z.string().optional(),
  series: z.string().min(1),
  region: z.string().min(1).optional(),
  year: z.preprocess(
    v => (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ invalid_type_error: 'must be a year like 2022' })
      .int()
      .min(1990)
      .max(2100),
  ),
  city: z.string().min(1).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
});

const frontmatterSchema = z.object({
  title: z.coerce.string().min(1).optional(),
  conference: z.union([z.string().min(1), conferenceObject]),
  author: z.coerce.string().optional(),
  date: isoDate.optional(),
  url: httpUrl.optional(),
  owner: z.string().min(1).optional(),
});

type Frontmatter = z.infer<typeof frontmatterSchema>;

/**
 * Field-by-field messages. For `conference` the union hides which form the
 * author meant, so an object is checked again on its own.
 */
function describeIssues(error: z.ZodError, data: unknown): string {
  return error.issues
    .flatMap(issue => {
      if (issue.path[0] !== 'conference' || issue.code !== 'invalid_union') {
        return [`${issue.path.join('.') || 'frontmatter'} ${issue.message}`];
      }
      const value = (data as { conference?: unknown } | null)?.conference;
      if (value && typeof value === 'object') {
        const inner = conferenceObject.safeParse(value);
        if (!inner.success) {
          return inner.error.issues.map(
            i => `conference.${i.path.join('.')} ${i.message}`,
          );
        }
      }
      return [
        'conference is missing: give an entity name (kubecon-eu-2022) or an object with series and year',
      ];
    })
    .join('; ');
}

const UNSUPPORTED_ENGINE = () => {
  throw new Error('only YAML frontmatter is supported');
};

/** True when the text opens with a `---` frontmatter block. */
export function hasFrontmatter(text: string): boolean {
  return /^---[ \t]*\w*[ \t]*\r?\n/.test(text);
}

function readFrontmatter(
  text: string,
  path: string,
): { data: unknown; content: string; bodyLine: number } | { problem: string } {
  if (!/^---[^\n]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\r?\n|$)/.test(text)) {
    return { problem: `frontmatter in ${path} is not closed by a "---" line` };
  }
  try {
    const file = matter(text, {
      engines: {
        yaml: parseYamlValue as (input: string) => object,
        javascript: UNSUPPORTED_ENGINE,
        coffee: UNSUPPORTED_ENGINE,
      },
    });
    const bodyLine = text
      .slice(0, text.length - file.content.length)
      .split('\n').length;
    return { data: file.data, content: file.content, bodyLine };
  } catch (error) {
    return {
      problem: `invalid frontmatter in ${path}: ${(error as Error).message}`,
    };
  }
}

function conferenceOf(
  fm: Frontmatter,
): { name: string; info?: ConferenceInfo } | string {
  if (typeof fm.conference === 'string') {
    const name = fm.conference.trim();
    if (!isValidEntityName(name)) {
      return `conference "${name}" is not a valid entity name`;
    }
    return { name, info: parseConferenceEntityName(name) };
  }
  const c = fm.conference;
  const info: ConferenceInfo = {
    series: canonicalSeries(c.series),
    region: c.region ? canonicalRegion(c.region) : undefined,
    year: c.year,
    city: c.city,
    startDate: c.startDate,
    endDate: c.endDate,
  };
  const name = c.name ?? conferenceEntityName(info);
  if (!isValidEntityName(name)) {
    return `conference name "${name}" is not a valid entity name`;
  }
  return { name, info };
}

interface Section {
  heading: Token;
  headline: string;
  tokens: Token[];
  /** [first, end) line range of the section body in the Markdown body. */
  lines: [number, number];
}

function sectionsOf(tokens: Token[], lineCount: number): Section[] {
  const sections: Section[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open' && token.tag === 'h2') {
      sections.push({
        heading: token,
        headline: inlineText(tokens[i + 1]).text,
        tokens: [],
        lines: [token.map?.[1] ?? 0, lineCount],
      });
    } else if (sections.length && token.type !== 'heading_close') {
      sections[sections.length - 1].tokens.push(token);
    }
  });
  sections.forEach((section, i) => {
    const next = sections[i + 1];
    if (next) {
      section.lines[1] = next.heading.map?.[0] ?? lineCount;
    }
  });
  return sections;
}

const TOOLS_LINE = /^tools\s*:\s*(.*)$/i;

function readSection(
  section: Section,
  bodyLines: string[],
  options: { talkList?: boolean } = {},
): TakeawayDraft {
  const removed = new Set<number>();
  const removeLines = (map: [number, number] | null) => {
    for (let line = map?.[0] ?? 0; map && line < map[1]; line++) {
      removed.add(line);
    }
  };
  const talks: TalkCitation[] = [];
  const explicitTools: string[] = [];
  let talkListOpen = Boolean(options.talkList);
  let listDepth = 0;
  let inTalkList = false;

  section.tokens.forEach((token, i) => {
    if (token.type === 'paragraph_open' && listDepth === 0) {
      const { text } = inlineText(section.tokens[i + 1]);
      const tools = TOOLS_LINE.exec(text);
      if (tools) {
        explicitTools.push(
          ...tools[1]
            .split(/[,;]/)
            .map(t => t.trim())
            .filter(Boolean),
        );
        removeLines(token.map);
      }
      talkListOpen = Boolean(options.talkList) || TALKS_LABEL.test(text);
      if (talkListOpen) {
        removeLines(token.map);
      }
    } else if (
      token.type === 'bullet_list_open' ||
      token.type === 'ordered_list_open'
    ) {
      if (listDepth === 0) {
        inTalkList = talkListOpen;
        if (inTalkList) {
          removeLines(token.map);
        }
      }
      listDepth++;
    } else if (
      token.type === 'bullet_list_close' ||
      token.type === 'ordered_list_close'
    ) {
      listDepth--;
      if (listDepth === 0) {
        inTalkList = false;
        talkListOpen = Boolean(options.talkList);
      }
    } else if (
      token.type === 'inline' &&
      listDepth > 0 &&
      section.tokens[i - 1]?.type === 'paragraph_open'
    ) {
      const { text, links } = inlineText(token);
      const talk = parseTalkItem(text, { inTalkList, links });
      if (talk) {
        talks.push(talk);
      }
    }
  });

  const summary = bodyLines
    .slice(section.lines[0], section.lines[1])
    .filter((_, i) => !removed.has(section.lines[0] + i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { headline: section.headline, summary, explicitTools, talks };
}

/**
 * A Markdown trip report: YAML frontmatter (title, conference, author, date,
 * url, owner) and one takeaway per `##` section. Frontmatter is read with the
 * `yaml` package (alias-limited); other frontmatter languages are refused.
 */
export function extractMarkdownReport(
  text: string,
  ctx: ParseContext,
): FileExtraction {
  const fail = (problem: string): FileExtraction => ({
    entities: [],
    problems: [problem],
  });
  const front = readFrontmatter(text, ctx.path);
  if ('problem' in front) {
    return fail(front.problem);
  }
  const parsed = frontmatterSchema.safeParse(front.data ?? {});
  if (!parsed.success) {
    return fail(
      `invalid frontmatter in ${ctx.path}: ${describeIssues(
        parsed.error,
        front.data,
      )}`,
    );
  }
  const fm = parsed.data;
  const conference = conferenceOf(fm);
  if (typeof conference === 'string') {
    return fail(`invalid frontmatter in ${ctx.path}: ${conference}`);
  }

  const bodyLines = front.content.split(/\r?\n/);
  const tokens = parseMarkdown(front.content);
  const allSections = sectionsOf(tokens, bodyLines.length).filter(
    s => s.headline,
  );
  // a "## Talks" section lists talks; it is not a takeaway
  const talkSections = allSections.filter(s => TALKS_LABEL.test(s.headline));
  const sections = allSections.filter(s => !talkSections.includes(s));
  if (!sections.length) {
    return fail(
      `no takeaways found in ${ctx.path}: expected "## " sections, one per takeaway`,
    );
  }
  const h1 = tokens.findIndex(t => t.type === 'heading_open' && t.tag === 'h1');
  const fileName = basename(ctx.path, extname(ctx.path));
  const title =
    fm.title ?? (h1 >= 0 ? inlineText(tokens[h1 + 1]).text : fileName);

  return reportEntities(
    {
      key: fm.title ?? fileName,
      report: { title, author: fm.author, date: fm.date, url: fm.url },
      owner: fm.owner,
      conference,
      takeaways: sections.map(section => readSection(section, bodyLines)),
      otherTalks: talkSections.flatMap(
        section => readSection(section, bodyLines, { talkList: true }).talks,
      ),
    },
    ctx,
  );
}
