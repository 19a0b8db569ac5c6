import { basename } from 'node:path';
import { TalkFormat } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { z } from 'zod';
import { parseConferenceEntityName } from './conference';
import { conferenceEntity, talkEntity, toolsOf } from './entities';
import { isHttpUrl } from './links';
import { isValidEntityName } from './naming';
import { FileExtraction, ParseContext } from './types';

/** Sessionize ids are strings (speakers) or numbers (categories). */
const id = z.preprocess(
  value => (typeof value === 'number' ? String(value) : value),
  z.string().min(1),
);

const speakerSchema = z.object({
  id,
  fullName: z.string().min(1),
  tagLine: z.string().nullish(),
});

const categorySchema = z.object({
  title: z.string(),
  items: z.array(z.object({ id, name: z.string() })),
});

const sessionSchema = z.object({
  id,
  title: z.string().min(1),
  description: z.string().nullish(),
  speakers: z.array(z.union([id, z.object({ id })])),
  categoryItems: z.array(id).nullish(),
  recordingUrl: z.string().nullish(),
  isPlenumSession: z.boolean().nullish(),
  isServiceSession: z.boolean().nullish(),
});

/** The top level is checked as a whole; entries one by one, below. */
const exportSchema = z.object({
  sessions: z.array(z.unknown()),
  speakers: z.array(z.unknown()),
  categories: z.array(z.unknown()).optional(),
});

/** True for JSON that has the shape of a Sessionize "All data" export. */
export function looksLikeSessionize(data: unknown): boolean {
  return exportSchema.safeParse(data).success;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(issue => {
      const field = issue.path.join('.');
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function formatOf(names: string[], plenum: boolean): TalkFormat {
  const all = names.join(' ').toLowerCase();
  if (all.includes('keynote')) return 'keynote';
  if (all.includes('panel')) return 'panel';
  if (all.includes('lightning')) return 'lightning';
  if (all.includes('workshop')) return 'workshop';
  if (all.includes('tutorial')) return 'tutorial';
  return plenum ? 'keynote' : 'talk';
}

/** The file name without `.sessionize.json` / `.json`, e.g. `kubecon-eu-2022`. */
function conferenceNameOf(path: string): string {
  return basename(path).replace(/(\.sessionize)?\.json$/i, '');
}

/**
 * A Sessionize "All data" export: one Talk per session, speakers resolved to
 * their full names, format and track from the categories. The file name
 * names the conference (`kubecon-eu-2022.sessionize.json`).
 *
 * A broken top level rejects the file. A broken session or speaker entry is
 * reported (with its index and the missing field) and skipped; the other
 * sessions are still extracted. Service sessions (breaks, lunch) are skipped.
 */
export function extractSessionize(
  data: unknown,
  ctx: ParseContext,
): FileExtraction {
  const problems: string[] = [];
  const conferenceName = conferenceNameOf(ctx.path);
  if (
    !isValidEntityName(conferenceName) ||
    conferenceName !== conferenceName.toLowerCase()
  ) {
    return {
      entities: [],
      problems: [
        `Sessionize export ${ctx.path} must be named after its conference entity, e.g. kubecon-eu-2022.sessionize.json`,
      ],
    };
  }
  const top = exportSchema.safeParse(data);
  if (!top.success) {
    return {
      entities: [],
      problems: [
        `invalid Sessionize export ${ctx.path}: ${describeIssues(top.error)}`,
      ],
    };
  }

  const speakers = new Map<string, string>();
  top.data.speakers.forEach((raw, index) => {
    const speaker = speakerSchema.safeParse(raw);
    if (speaker.success) {
      speakers.set(speaker.data.id, speaker.data.fullName.trim());
    } else {
      problems.push(
        `speakers[${index}] in ${ctx.path} skipped: ${describeIssues(
          speaker.error,
        )}`,
      );
    }
  });
  const categoryItems = new Map<string, { category: string; name: string }>();
  (top.data.categories ?? []).forEach((raw, index) => {
    const category = categorySchema.safeParse(raw);
    if (!category.success) {
      problems.push(
        `categories[${index}] in ${ctx.path} skipped: ${describeIssues(
          category.error,
        )}`,
      );
      return;
    }
    for (const item of category.data.items) {
      categoryItems.set(item.id, {
        category: category.data.title,
        name: item.name,
      });
    }
  });

  const entities = [];
  const conference = parseConferenceEntityName(conferenceName);
  if (conference) {
    entities.push(conferenceEntity(conferenceName, conference, ctx));
  }
  top.data.sessions.forEach((raw, index) => {
    const parsed = sessionSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = `sessions[${index}]${
      rawId !== undefined ? ` (id ${String(rawId)})` : ''
    }`;
    if (!parsed.success) {
      problems.push(
        `${label} in ${ctx.path} skipped: ${describeIssues(parsed.error)}`,
      );
      return;
    }
    const session = parsed.data;
    if (session.isServiceSession) {
      return;
    }
    const names: string[] = [];
    for (const ref of session.speakers) {
      const speakerId = typeof ref === 'string' ? ref : ref.id;
      const name = speakers.get(speakerId);
      if (name) {
        names.push(name);
      } else {
        problems.push(
          `${label} in ${ctx.path} names unknown speaker id ${speakerId}`,
        );
      }
    }
    const categories = (session.categoryItems ?? [])
      .map(itemId => categoryItems.get(itemId))
      .filter((c): c is { category: string; name: string } => Boolean(c));
    const track = categories.find(c => /track|topic/i.test(c.category))?.name;
    let recordingUrl: string | undefined;
    if (session.recordingUrl) {
      if (isHttpUrl(session.recordingUrl)) {
        recordingUrl = session.recordingUrl;
      } else {
        problems.push(
          `${label} in ${ctx.path}: recordingUrl ${JSON.stringify(
            session.recordingUrl,
          )} is not an http(s) URL and was dropped`,
        );
      }
    }
    const description = session.description ?? '';
    entities.push(
      talkEntity(
        {
          title: session.title.trim(),
          speakers: names,
          format: formatOf(
            categories.map(c => c.name),
            Boolean(session.isPlenumSession),
          ),
          track,
          recordingUrl,
          links: [],
          tools: toolsOf(
            `${session.title}\n${description}`,
            ctx.dictionary,
            session.title,
          ),
        },
        conferenceName,
        ctx,
      ),
    );
  });
  return {
    entities: entities.map(entity => ({
      entity,
      origin: 'program' as const,
      path: ctx.path,
    })),
    problems,
  };
}
