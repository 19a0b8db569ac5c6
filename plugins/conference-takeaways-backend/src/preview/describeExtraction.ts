import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_INFERRED,
  ANNOTATION_UNKNOWN,
  ConferenceEntity,
  PreviewConference,
  PreviewResponse,
  PreviewTakeaway,
  PreviewTalk,
  PreviewTool,
  TakeawayEntity,
  TalkEntity,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  ExtractionProblem,
  suggestReportFile,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { stringify } from 'yaml';

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function nameOfRef(ref: unknown, defaultKind: string): string | undefined {
  if (typeof ref !== 'string') {
    return undefined;
  }
  try {
    return parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' })
      .name;
  } catch {
    return undefined;
  }
}

function annotationLines(entities: Entity[], key: string): string[] {
  const lines = entities.flatMap(
    e => e.metadata.annotations?.[key]?.split('\n') ?? [],
  );
  return [...new Set(lines.map(l => l.trim()).filter(Boolean))];
}

function describeConference(
  entity: ConferenceEntity | undefined,
  name: string | undefined,
): PreviewConference | undefined {
  if (!entity) {
    return name ? { name, title: name } : undefined;
  }
  const { spec } = entity;
  return {
    name: entity.metadata.name,
    title: entity.metadata.title ?? entity.metadata.name,
    year: spec.year,
    startDate: spec.startDate,
    endDate: spec.endDate,
    location: [spec.city, spec.region].filter(Boolean).join(', ') || undefined,
  };
}

/**
 * What extracting one report yielded, as the preview page shows it; the
 * report's text is needed for the suggested file.
 */
export function describeExtraction(options: {
  fileName: string;
  text: string;
  entities: Entity[];
  problems: ExtractionProblem[];
  dictionary: ToolLookup;
}): PreviewResponse {
  const { fileName, text, entities, problems, dictionary } = options;
  const tool = (slug: string): PreviewTool => ({
    slug,
    name: dictionary.get(slug)?.name ?? slug,
  });
  const takeawayEntities = entities.filter(
    (e): e is TakeawayEntity => e.kind === 'Takeaway',
  );
  const talkEntities = entities.filter(
    (e): e is TalkEntity => e.kind === 'Talk',
  );
  const talkTitles = new Map(
    talkEntities.map(t => [t.metadata.name, t.spec.title]),
  );

  const takeaways: PreviewTakeaway[] = takeawayEntities.map(t => ({
    name: t.metadata.name,
    headline: t.spec.headline,
    summary: t.spec.summary,
    tools: strings(t.spec.tools).map(tool),
    subjectTools: strings(t.spec.subjectTools).map(tool),
    talks: strings(t.spec.talks).flatMap(ref => {
      const title = talkTitles.get(nameOfRef(ref, 'talk') ?? '');
      return title ? [title] : [];
    }),
  }));
  const talks: PreviewTalk[] = talkEntities.map(t => ({
    name: t.metadata.name,
    title: t.spec.title,
    speakers: strings(t.spec.speakers),
    recordingUrl: t.spec.recordingUrl,
    slidesUrl: t.spec.slidesUrl,
    tools: strings(t.spec.tools).map(tool),
  }));
  const slugs = [
    ...new Set([
      ...takeawayEntities.flatMap(t => strings(t.spec.tools)),
      ...talkEntities.flatMap(t => strings(t.spec.tools)),
    ]),
  ];

  const conferenceName = nameOfRef(
    [...takeawayEntities, ...talkEntities].find(e => e.spec.conference)?.spec
      .conference,
    'conference',
  );
  const conference = describeConference(
    entities.find(
      (e): e is ConferenceEntity =>
        e.kind === 'Conference' && e.metadata.name === conferenceName,
    ),
    conferenceName,
  );
  const unknown = annotationLines(entities, ANNOTATION_UNKNOWN);
  const warnings = [
    ...annotationLines(entities, ANNOTATION_INFERRED).map(
      line => `Inferred ${line}`,
    ),
    ...(unknown.length > 0 ? [`Unknown: ${unknown.join(', ')}`] : []),
    ...(takeaways.length === 0
      ? ['No takeaways: give each lesson its own heading']
      : []),
    ...problems.map(problem => problem.message),
  ];

  const report = takeawayEntities[0]?.spec.report;
  const suggested = suggestReportFile(text, fileName, entities);
  return {
    fileName,
    conference,
    report: {
      title: report?.title,
      author: report?.author,
      date: report?.date,
    },
    takeaways,
    talks,
    tools: slugs.map(tool),
    warnings,
    suggestedFile: {
      fileName,
      frontmatter: stringify(suggested.frontmatter, { lineWidth: 0 }),
      content: suggested.content,
    },
  };
}
