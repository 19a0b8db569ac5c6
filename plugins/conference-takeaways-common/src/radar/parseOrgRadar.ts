import { z } from 'zod';
import { OrgRadar, OrgRadarEntry, OrgRadarSnapshot } from './types';
import { sortTimelineNewestFirst } from './timeline';

/**
 * Thrown by {@link parseOrgRadar}; `problems` lists every problem found,
 * each starting with the path of the offending field.
 *
 * @public
 */
export class RadarFormatError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid tech radar: ${problems.join('; ')}`);
    this.name = 'RadarFormatError';
    this.problems = problems;
  }
}

const text = z.string().trim().min(1);

const DATE_MESSAGE =
  'expected a date such as 2022-05-16 or an ISO 8601 date-time';
const isoDate = z.string().date();
const isoDateTime = z.string().datetime({ offset: true });

// YAML 1.1 parsers turn unquoted dates into Date objects; accept those too.
const dateValue = z
  .union([z.string(), z.date()], {
    errorMap: () => ({ message: DATE_MESSAGE }),
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      return value.toISOString().replace(/T00:00:00\.000Z$/, '');
    }
    if (isoDate.safeParse(value).success) {
      return value;
    }
    if (isoDateTime.safeParse(value).success) {
      return value;
    }
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: DATE_MESSAGE });
    return z.NEVER;
  });

const snapshotSchema = z.object({
  date: dateValue,
  ringId: text,
  description: z.string().optional(),
  moved: z
    .union([z.literal(-1), z.literal(0), z.literal(1)], {
      errorMap: () => ({ message: 'expected -1, 0 or 1' }),
    })
    .optional(),
  evidence: z.array(text).nullish(),
});

const linkSchema = z.object({ url: text, title: text });

const entrySchema = z.object({
  id: text,
  key: text.optional(),
  title: text,
  quadrant: text,
  url: z.string().optional(),
  description: z.string().optional(),
  links: z.array(linkSchema).nullish(),
  active: z.boolean().optional(),
  timeline: z.array(snapshotSchema).min(1),
});

const radarSchema = z.object({
  quadrants: z.array(z.object({ id: text, name: text })).min(1),
  rings: z
    .array(
      z.object({
        id: text,
        name: text,
        color: text,
        description: z.string().optional(),
      }),
    )
    .min(1),
  entries: z.array(entrySchema),
});

type RawRadar = z.infer<typeof radarSchema>;

function entryIdAt(data: unknown, index: number): string | undefined {
  const entries = (data as { entries?: unknown } | null)?.entries;
  const entry = Array.isArray(entries) ? entries[index] : undefined;
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** `entries[2] (istio).timeline[0].ringId`: a path people can find. */
function pathText(path: Array<string | number>, data: unknown): string {
  return path
    .map((part, index) => {
      if (typeof part === 'string') {
        return index === 0 ? part : `.${part}`;
      }
      const id =
        index === 1 && path[0] === 'entries'
          ? entryIdAt(data, part)
          : undefined;
      return id ? `[${part}] (${id})` : `[${part}]`;
    })
    .join('');
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      repeated.add(value);
    }
    seen.add(value);
  }
  return [...repeated];
}

/** Problems zod cannot see: refs between entries, rings and quadrants. */
function crossReferenceProblems(raw: RawRadar): string[] {
  const problems: string[] = [];
  const ringIds = raw.rings.map(r => r.id);
  const quadrantIds = raw.quadrants.map(q => q.id);
  for (const id of duplicates(ringIds)) {
    problems.push(`rings: id "${id}" is used more than once`);
  }
  for (const id of duplicates(quadrantIds)) {
    problems.push(`quadrants: id "${id}" is used more than once`);
  }
  for (const id of duplicates(raw.entries.map(e => e.id))) {
    problems.push(`entries: id "${id}" is used more than once`);
  }
  for (const key of duplicates(raw.entries.map(e => e.key ?? e.id))) {
    problems.push(`entries: key "${key}" is used more than once`);
  }
  raw.entries.forEach((entry, index) => {
    const at = `entries[${index}] (${entry.id})`;
    if (!quadrantIds.includes(entry.quadrant)) {
      problems.push(
        `${at}.quadrant: unknown quadrant "${
          entry.quadrant
        }", expected one of ${quadrantIds.join(', ')}`,
      );
    }
    entry.timeline.forEach((snapshot, moveIndex) => {
      if (!ringIds.includes(snapshot.ringId)) {
        problems.push(
          `${at}.timeline[${moveIndex}].ringId: unknown ring "${
            snapshot.ringId
          }", expected one of ${ringIds.join(', ')}`,
        );
      }
    });
  });
  return problems;
}

function normaliseEntry(entry: RawRadar['entries'][number]): OrgRadarEntry {
  const timeline: OrgRadarSnapshot[] = entry.timeline.map(snapshot => ({
    date: snapshot.date,
    ringId: snapshot.ringId,
    ...(snapshot.description !== undefined && {
      description: snapshot.description,
    }),
    ...(snapshot.moved !== undefined && { moved: snapshot.moved }),
    evidence: snapshot.evidence ?? [],
  }));
  return {
    id: entry.id,
    key: entry.key ?? entry.id,
    title: entry.title,
    quadrant: entry.quadrant,
    ...(entry.url !== undefined && { url: entry.url }),
    ...(entry.description !== undefined && { description: entry.description }),
    links: entry.links ?? [],
    active: entry.active ?? true,
    timeline: sortTimelineNewestFirst(timeline),
  };
}

/**
 * Validates the data of a radar file (already parsed from YAML or JSON):
 * the community tech radar format plus `active` on entries and `evidence`
 * on timeline moves. Timelines come back newest first, whatever order the
 * file lists them in. Throws a {@link RadarFormatError} listing every
 * problem, each with the path of the field, e.g.
 * `entries[2] (istio).timeline[0].ringId: unknown ring "hodl", …`.
 *
 * Evidence values are kept as written; whether they name existing takeaways
 * or talks is checked against the catalog later, as warnings.
 *
 * @public
 */
export function parseOrgRadar(data: unknown): OrgRadar {
  const result = radarSchema.safeParse(data);
  if (!result.success) {
    throw new RadarFormatError(
      result.error.issues.map(issue =>
        issue.path.length
          ? `${pathText(issue.path, data)}: ${issue.message}`
          : issue.message,
      ),
    );
  }
  const raw = result.data;
  const problems = crossReferenceProblems(raw);
  if (problems.length > 0) {
    throw new RadarFormatError(problems);
  }
  return {
    quadrants: raw.quadrants.map(({ id, name }) => ({ id, name })),
    rings: raw.rings.map(({ id, name, color, description }) => ({
      id,
      name,
      color,
      ...(description !== undefined && { description }),
    })),
    entries: raw.entries.map(normaliseEntry),
  };
}
