import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  TAKEAWAY_KIND,
  TALK_KIND,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { optionalNumber, optionalString, stringList } from './fields';
import { normalizeRef } from './refs';

/** The kinds this collator indexes, as the catalog spells them. */
export const INDEXED_KINDS = [CONFERENCE_KIND, TALK_KIND, TAKEAWAY_KIND];

/** What other documents show of a conference. */
export interface ConferenceInfo {
  title: string;
  year?: number;
}

/** What a takeaway document shows of a talk it cites. */
export interface TalkInfo {
  title: string;
  speakers: string[];
}

/** Lookups of the entities a page of entities refers to, by normalised ref. */
export interface RelatedEntities {
  conference(ref: string): ConferenceInfo | undefined;
  talk(ref: string): TalkInfo | undefined;
}

/** The indexed kind of an entity in its canonical spelling, if any. */
export function indexedKind(entity: Entity): string | undefined {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return INDEXED_KINDS.find(k => k.toLocaleLowerCase('en-US') === kind);
}

export function conferenceInfo(entity: Entity): ConferenceInfo {
  const spec = entity.spec ?? {};
  const seriesAndEdition = [
    optionalString(spec.series),
    optionalString(spec.edition),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title:
      optionalString(entity.metadata.title) ??
      (seriesAndEdition || entity.metadata.name),
    year: optionalNumber(spec.year),
  };
}

export function talkInfo(entity: Entity): TalkInfo {
  const spec = entity.spec ?? {};
  return {
    title:
      optionalString(spec.title) ??
      optionalString(entity.metadata.title) ??
      entity.metadata.name,
    speakers: stringList(spec.speakers),
  };
}

/**
 * The conference and talks an entity refers to, as normalised refs. Refs
 * relative to the entity resolve in its own namespace, like the catalog
 * processor resolves them.
 */
export function referencesOf(entity: Entity): {
  conference?: string;
  talks: string[];
} {
  const kind = indexedKind(entity);
  if (kind !== TALK_KIND && kind !== TAKEAWAY_KIND) {
    return { talks: [] };
  }
  const spec = entity.spec ?? {};
  const defaultNamespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const conference = normalizeRef(spec.conference, {
    defaultKind: CONFERENCE_KIND,
    defaultNamespace,
  });
  const talks =
    kind === TAKEAWAY_KIND
      ? stringList(spec.talks).flatMap(ref => {
          const talk = normalizeRef(ref, {
            defaultKind: TALK_KIND,
            defaultNamespace,
          });
          return talk ? [talk] : [];
        })
      : [];
  return { conference, talks: [...new Set(talks)] };
}
