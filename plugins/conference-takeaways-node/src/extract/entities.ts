import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_INFERRED,
  ANNOTATION_SOURCE_REPORT,
  ANNOTATION_UNKNOWN,
  CONFERENCE_KIND,
  CONFERENCE_TAKEAWAYS_API_VERSION,
  detectTools,
  mentionsToSlugs,
  TAKEAWAY_KIND,
  TALK_KIND,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  ConferenceInfo,
  conferenceEdition,
  conferenceTitle,
} from './conference';
import { takeawayEntityName, talkEntityName } from './naming';
import { TalkCitation } from './talks';
import { ParseContext, ReportModel, SourcedEntity } from './types';

/** Longest description we set: the About card shows it in full. */
const MAX_DESCRIPTION = 280;
/** Tags the About card shows; the rest stay in spec.tools. */
const MAX_TAGS = 10;
/** The catalog's tag format: lowercase words joined by dashes, up to 63 characters. */
const TAG_PATTERN = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;

/** The first paragraph of a Markdown text as one plain line, shortened. */
function plainDescription(markdown: string | undefined): string | undefined {
  const paragraph = (markdown ?? '').trim().split(/\n\s*\n/)[0] ?? '';
  const text = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) {
    return undefined;
  }
  return text.length <= MAX_DESCRIPTION
    ? text
    : `${text.slice(0, MAX_DESCRIPTION - 1).replace(/\s+\S*$/, '')}…`;
}

/** Tool slugs usable as catalog tags, so the About card and tag filter show them. */
function toolTags(tools: string[] | undefined): string[] | undefined {
  const tags = (tools ?? [])
    .filter(tool => tool.length <= 63 && TAG_PATTERN.test(tool))
    .slice(0, MAX_TAGS);
  return tags.length > 0 ? tags : undefined;
}

function metadata(
  name: string,
  title: string,
  ctx: ParseContext,
  about: { description?: string; tags?: string[] } = {},
): Entity['metadata'] {
  return dropUndefined({
    name,
    namespace: ctx.namespace,
    title,
    description: about.description,
    tags: about.tags,
    annotations: { [ANNOTATION_SOURCE_REPORT]: ctx.sourceReport },
  });
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

/** e.g. `KubeCon Europe 2022 in Valencia, 2022-05-16 to 2022-05-20.` */
function conferenceDescription(info: ConferenceInfo): string | undefined {
  const where = info.city ? ` in ${info.city}` : '';
  let when = '';
  if (info.startDate) {
    when = info.endDate
      ? `, ${info.startDate} to ${info.endDate}`
      : `, ${info.startDate}`;
  }
  return where || when ? `${conferenceTitle(info)}${where}${when}.` : undefined;
}

/** A Conference entity derived from what a report says about it. */
export function conferenceEntity(
  name: string,
  info: ConferenceInfo,
  ctx: ParseContext,
): Entity {
  return {
    apiVersion: CONFERENCE_TAKEAWAYS_API_VERSION,
    kind: CONFERENCE_KIND,
    metadata: metadata(name, conferenceTitle(info), ctx, {
      description: conferenceDescription(info),
    }),
    spec: dropUndefined({
      series: info.series,
      edition: conferenceEdition(info),
      region: info.region,
      city: info.city,
      year: info.year,
      startDate: info.startDate,
      endDate: info.endDate,
      owner: info.owner,
    }),
  };
}

/** Tool slugs of a text, most central first. */
export function toolsOf(
  text: string,
  dictionary: ToolDictionary,
  heading?: string,
): string[] {
  return mentionsToSlugs(detectTools(text, { dictionary, heading })).tools;
}

/**
 * What names a talk: its conference, or the report citing it when the
 * conference is unknown.
 */
export interface TalkScope {
  conferenceName?: string;
  reportKey?: string;
}

function talkScopeKey(scope: TalkScope | string): string {
  if (typeof scope === 'string') return scope;
  return scope.conferenceName ?? `report-${scope.reportKey ?? 'unknown'}`;
}

/** A Talk entity from a citation (or a program entry). */
export function talkEntity(
  talk: TalkCitation & { track?: string; tools?: string[]; owner?: string },
  scope: TalkScope | string,
  ctx: ParseContext,
): Entity {
  const conferenceName =
    typeof scope === 'string' ? scope : scope.conferenceName;
  const tools = talk.tools ?? toolsOf(talk.title, ctx.dictionary, talk.title);
  const entity: Entity = {
    apiVersion: CONFERENCE_TAKEAWAYS_API_VERSION,
    kind: TALK_KIND,
    metadata: metadata(
      talkEntityName(talkScopeKey(scope), talk.title),
      talk.title,
      ctx,
      {
        description:
          talk.speakers.length > 0
            ? `A talk by ${talk.speakers.join(', ')}.`
            : undefined,
        tags: toolTags(tools),
      },
    ),
    spec: dropUndefined({
      title: talk.title,
      speakers: talk.speakers,
      format: talk.format,
      track: talk.track,
      conference: conferenceName
        ? `conference:${ctx.namespace}/${conferenceName}`
        : undefined,
      recordingUrl: talk.recordingUrl,
      slidesUrl: talk.slidesUrl,
      tools,
      owner: talk.owner,
    }),
  };
  // speakers is required by the schema, even when unknown
  entity.spec!.speakers = talk.speakers;
  if (talk.links.length) {
    entity.metadata.links = talk.links.map(url => ({ url, title: talk.title }));
  }
  return entity;
}

function talkRef(ctx: ParseContext, scope: TalkScope, title: string) {
  return `talk:${ctx.namespace}/${talkEntityName(talkScopeKey(scope), title)}`;
}

/** The inferred/unknown annotations of a report's entities. */
function extractionAnnotations(model: ReportModel): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (model.inferred?.length) {
    annotations[ANNOTATION_INFERRED] = model.inferred.join('\n');
  }
  if (model.unknown?.length) {
    annotations[ANNOTATION_UNKNOWN] = model.unknown.join(', ');
  }
  return annotations;
}

/**
 * The entities of a Markdown or plain-text report: its conference (when the
 * report describes it), one Talk per cited talk and one Takeaway per
 * takeaway. Returns problems for explicit tool names nobody knows.
 */
export function reportEntities(
  model: ReportModel,
  ctx: ParseContext,
): { entities: SourcedEntity[]; problems: string[] } {
  const entities: Entity[] = [];
  const problems: string[] = [];
  const conferenceName = model.conference?.name;
  const scope: TalkScope = { conferenceName, reportKey: model.key };
  const conferenceRef = conferenceName
    ? `conference:${ctx.namespace}/${conferenceName}`
    : undefined;
  for (const conference of [
    model.conference,
    ...(model.otherConferences ?? []),
  ]) {
    if (conference?.info) {
      entities.push(conferenceEntity(conference.name, conference.info, ctx));
    }
  }
  const annotations = extractionAnnotations(model);

  const seenHeadlines = new Map<string, number>();
  for (const draft of model.takeaways) {
    const occurrence = (seenHeadlines.get(draft.headline) ?? 0) + 1;
    seenHeadlines.set(draft.headline, occurrence);
    for (const name of draft.explicitTools) {
      if (!ctx.dictionary.resolve(name)) {
        problems.push(
          `unknown tool "${name}" in the Tools line of "${draft.headline}" in ${ctx.path}`,
        );
      }
    }
    const toolText = [draft.summary, ...draft.talks.map(t => t.title)].join(
      '\n',
    );
    const { tools, subjectTools } = mentionsToSlugs(
      detectTools(toolText, {
        dictionary: ctx.dictionary,
        heading: draft.headline,
        explicit: draft.explicitTools,
      }),
    );
    entities.push({
      apiVersion: CONFERENCE_TAKEAWAYS_API_VERSION,
      kind: TAKEAWAY_KIND,
      metadata: metadata(
        takeawayEntityName(model.key, draft.headline, occurrence),
        draft.headline,
        ctx,
        {
          description: plainDescription(draft.summary),
          tags: toolTags([...new Set([...subjectTools, ...tools])]),
        },
      ),
      spec: dropUndefined({
        headline: draft.headline,
        summary: draft.summary,
        report: dropUndefined({ ...model.report }),
        conference: conferenceRef,
        talks: [...new Set(draft.talks.map(t => talkRef(ctx, scope, t.title)))],
        tools,
        subjectTools,
        owner: model.owner,
      }),
    });
    for (const talk of draft.talks) {
      entities.push(talkEntity({ ...talk, owner: model.owner }, scope, ctx));
    }
  }
  for (const talk of model.otherTalks) {
    entities.push(talkEntity({ ...talk, owner: model.owner }, scope, ctx));
  }
  for (const entity of entities) {
    Object.assign(entity.metadata.annotations!, annotations);
  }
  return {
    entities: entities.map(entity => ({
      entity,
      origin: 'report',
      path: ctx.path,
    })),
    problems,
  };
}
