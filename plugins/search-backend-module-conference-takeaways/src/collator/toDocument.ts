import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  TALK_KIND,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceTakeawaysDocument } from './ConferenceTakeawaysDocument';
import {
  ConferenceInfo,
  RelatedEntities,
  TalkInfo,
  conferenceInfo,
  indexedKind,
  referencesOf,
  talkInfo,
} from './entityInfo';
import {
  distinct,
  labelled,
  objectField,
  optionalString,
  stringList,
} from './fields';
import { refName } from './refs';

/** The entity page in the catalog, like the catalog collator builds it. */
function entityLocation(entity: Entity): string {
  const parts = [
    entity.metadata.namespace ?? DEFAULT_NAMESPACE,
    entity.kind,
    entity.metadata.name,
  ].map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')));
  return `/catalog/${parts.join('/')}`;
}

function lines(...parts: Array<string | undefined>): string {
  return parts.filter(Boolean).join('\n');
}

/**
 * Every spelling of each tool (display name, slug, aliases), so a search for
 * "otel" or "OpenTelemetry" finds a takeaway tagged `opentelemetry`.
 */
function toolsLine(slugs: string[], dictionary: ToolDictionary) {
  if (slugs.length === 0) {
    return undefined;
  }
  const labels = slugs.map(slug => {
    const tool = dictionary.get(slug);
    if (!tool) {
      return slug;
    }
    const [name, ...others] = distinct([
      tool.name,
      tool.slug,
      ...(tool.aliases ?? []),
      ...(tool.unambiguousAliases ?? []),
    ]);
    return others.length ? `${name} (${others.join(', ')})` : name;
  });
  return `Tools: ${labels.join('; ')}`;
}

function describeTalk(talk: TalkInfo): string {
  return talk.speakers.length
    ? `"${talk.title}" by ${talk.speakers.join(', ')}`
    : `"${talk.title}"`;
}

function conferenceOf(
  ref: string | undefined,
  related: RelatedEntities,
): ConferenceInfo | undefined {
  if (!ref) {
    return undefined;
  }
  // A missing conference entity still leaves its name to search for.
  return related.conference(ref) ?? { title: refName(ref) };
}

function conferenceDocumentText(entity: Entity): string {
  const spec = entity.spec ?? {};
  const place = [optionalString(spec.city), optionalString(spec.region)]
    .filter(Boolean)
    .join(', ');
  const start = optionalString(spec.startDate);
  const end = optionalString(spec.endDate);
  return lines(
    optionalString(entity.metadata.description),
    labelled('Series', spec.series),
    labelled('Edition', spec.edition),
    labelled('Location', place),
    start &&
      (end && end !== start ? `Dates: ${start} to ${end}` : `Date: ${start}`),
  );
}

/**
 * The search document of a Conference, Talk or Takeaway entity; undefined
 * for entities of any other kind.
 */
export function toDocument(
  entity: Entity,
  related: RelatedEntities,
  dictionary: ToolDictionary,
): ConferenceTakeawaysDocument | undefined {
  const kind = indexedKind(entity);
  if (!kind) {
    return undefined;
  }
  const spec = entity.spec ?? {};
  const common = {
    kind,
    location: entityLocation(entity),
    authorization: { resourceRef: stringifyEntityRef(entity) },
  };

  if (kind === CONFERENCE_KIND) {
    const info = conferenceInfo(entity);
    return {
      ...common,
      title: info.title,
      text: conferenceDocumentText(entity),
      tools: [],
      speakers: [],
      conference: info.title,
      ...(info.year !== undefined && { year: info.year }),
    };
  }

  const references = referencesOf(entity);
  const conference = conferenceOf(references.conference, related);
  const conferenceFields = {
    conference: conference?.title ?? '',
    ...(conference?.year !== undefined && { year: conference.year }),
  };
  const conferenceLine = labelled('Conference', conference?.title);

  if (kind === TALK_KIND) {
    const talk = talkInfo(entity);
    const tools = distinct(stringList(spec.tools));
    return {
      ...common,
      title: talk.title,
      text: lines(
        optionalString(entity.metadata.description),
        talk.speakers.length
          ? `Speakers: ${talk.speakers.join(', ')}`
          : undefined,
        labelled('Format', spec.format),
        labelled('Track', spec.track),
        toolsLine(tools, dictionary),
        conferenceLine,
      ),
      tools,
      speakers: talk.speakers,
      ...conferenceFields,
    };
  }

  // Takeaway: its summary first, so the result snippet reads well.
  const talks = references.talks.flatMap(ref => {
    const talk = related.talk(ref);
    return talk ? [talk] : [];
  });
  const tools = distinct([
    ...stringList(spec.tools),
    ...stringList(spec.subjectTools),
  ]);
  const report = objectField(spec.report);
  const reportTitle = optionalString(report.title);
  const reportAuthor = optionalString(report.author);
  return {
    ...common,
    title:
      optionalString(spec.headline) ??
      optionalString(entity.metadata.title) ??
      entity.metadata.name,
    text: lines(
      optionalString(spec.summary),
      talks.length ? `Talks: ${talks.map(describeTalk).join('; ')}` : undefined,
      toolsLine(tools, dictionary),
      conferenceLine,
      reportTitle &&
        `Report: ${reportTitle}${reportAuthor ? ` by ${reportAuthor}` : ''}`,
    ),
    tools,
    speakers: distinct(talks.flatMap(talk => talk.speakers)),
    ...conferenceFields,
  };
}
