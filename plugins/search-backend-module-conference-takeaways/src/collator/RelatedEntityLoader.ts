import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CONFERENCE_KIND,
  TALK_KIND,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  ConferenceInfo,
  RelatedEntities,
  TalkInfo,
  conferenceInfo,
  indexedKind,
  referencesOf,
  talkInfo,
} from './entityInfo';

/** Only what conferenceInfo and talkInfo read. */
const LOOKUP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.title',
  'spec.speakers',
  'spec.series',
  'spec.edition',
  'spec.year',
];

/** Keeps each by-refs request small whatever the page size. */
const REFS_PER_REQUEST = 100;

function normalizedRefOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

/**
 * Resolves the conferences and talks a page of entities refers to, so a
 * talk can show its conference's title and a takeaway the titles and
 * speakers of the talks it cites. Conferences are few and are remembered
 * for the whole run; talks are looked up page by page so memory stays
 * bounded by the page size.
 */
export class RelatedEntityLoader {
  private readonly conferences = new Map<string, ConferenceInfo | undefined>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  async forPage(entities: Entity[]): Promise<RelatedEntities> {
    const talks = new Map<string, TalkInfo>();
    for (const entity of entities) {
      const kind = indexedKind(entity);
      if (kind === CONFERENCE_KIND) {
        this.conferences.set(normalizedRefOf(entity), conferenceInfo(entity));
      } else if (kind === TALK_KIND) {
        talks.set(normalizedRefOf(entity), talkInfo(entity));
      }
    }

    const wantedConferences = new Set<string>();
    const wantedTalks = new Set<string>();
    for (const entity of entities) {
      const refs = referencesOf(entity);
      if (refs.conference && !this.conferences.has(refs.conference)) {
        wantedConferences.add(refs.conference);
      }
      for (const talk of refs.talks) {
        if (!talks.has(talk)) {
          wantedTalks.add(talk);
        }
      }
    }

    const found = await this.fetch([...wantedConferences, ...wantedTalks]);
    for (const ref of wantedConferences) {
      const entity = found.get(ref);
      // A miss is remembered too, so a dangling ref costs one lookup per run.
      this.conferences.set(ref, entity && conferenceInfo(entity));
    }
    for (const ref of wantedTalks) {
      const entity = found.get(ref);
      if (entity) {
        talks.set(ref, talkInfo(entity));
      }
    }

    return {
      conference: ref => this.conferences.get(ref),
      talk: ref => talks.get(ref),
    };
  }

  private async fetch(refs: string[]): Promise<Map<string, Entity>> {
    const found = new Map<string, Entity>();
    for (let start = 0; start < refs.length; start += REFS_PER_REQUEST) {
      const chunk = refs.slice(start, start + REFS_PER_REQUEST);
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: chunk, fields: LOOKUP_FIELDS },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      items.forEach((entity, index) => {
        if (entity) {
          found.set(chunk[index], entity);
        }
      });
    }
    return found;
  }
}
