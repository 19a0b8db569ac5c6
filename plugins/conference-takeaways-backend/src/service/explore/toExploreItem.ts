import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConferenceEntity,
  ExploreConference,
  ExploreItem,
  ExploreMatch,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { canonicalRef } from '../catalogIndex/canonicalRef';
import { conferenceTitle, ExploreRecord, strings } from './exploreRecords';
import { talkMedia } from './talkMedia';

/** Longest summary on an explorer row; the item's page has the rest. */
const MAX_SUMMARY = 1000;

function shorten(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') {
    return undefined;
  }
  return text.length > MAX_SUMMARY
    ? `${text.slice(0, MAX_SUMMARY - 1).trimEnd()}…`
    : text;
}

export function toExploreConference(
  conference: ConferenceEntity,
): ExploreConference {
  const spec = conference.spec ?? {};
  const location = [spec.city, spec.region].filter(Boolean).join(', ');
  return {
    entityRef: stringifyEntityRef(conference),
    title: conferenceTitle(conference),
    ...(typeof spec.year === 'number' && { year: spec.year }),
    ...(spec.startDate && { startDate: spec.startDate }),
    ...(spec.endDate && { endDate: spec.endDate }),
    ...(location && { location }),
  };
}

/** "Jane Doe (Acme)" is Jane Doe of Acme; anything else is a name. */
function speaker(text: string): { name: string; company?: string } {
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(text.trim());
  return match ? { name: match[1], company: match[2] } : { name: text.trim() };
}

/**
 * An explorer row from the entity as read on the caller's behalf; its
 * conference only when the caller could read that too.
 */
export function toExploreItem(
  entity: Entity,
  record: ExploreRecord,
  options: {
    conferences: Map<string, Entity>;
    dictionary: ToolLookup;
    match?: ExploreMatch;
  },
): ExploreItem {
  const spec = entity.spec ?? {};
  const conferenceRef =
    record.kind === 'Conference'
      ? record.ref
      : canonicalRef(spec.conference, 'conference');
  const conference = conferenceRef
    ? (options.conferences.get(conferenceRef) as ConferenceEntity | undefined)
    : undefined;
  const tools = (
    record.kind === 'Conference' ? record.tools : strings(spec.tools)
  ).map(slug => ({
    slug,
    name: options.dictionary.get(slug)?.name ?? slug,
  }));
  const summary =
    record.kind === 'Takeaway'
      ? shorten(spec.summary)
      : shorten(entity.metadata.description);
  const media = record.kind === 'Talk' ? talkMedia(entity) : undefined;
  const speakers =
    record.kind === 'Talk' ? strings(spec.speakers).map(speaker) : undefined;
  return {
    entityRef: record.ref,
    kind: record.kind,
    name: entity.metadata.name,
    title: record.title,
    ...(summary && { summary }),
    ...(conference && { conference: toExploreConference(conference) }),
    ...(record.year !== undefined && { year: record.year }),
    tools,
    ...(speakers && { speakers }),
    ...(media && { media }),
    ...(options.match && { match: options.match }),
  };
}
