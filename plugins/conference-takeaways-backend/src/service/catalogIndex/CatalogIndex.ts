import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { INDEX_FIELDS } from '../catalogFields';
import { IndexSnapshot, ITEM_KINDS, USER_KINDS } from './IndexSnapshot';

export interface CatalogIndexOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  /** Most entities kept; the rest are left out, with an error logged. */
  maxEntities: number;
}

/** Entities per lookup by refs. */
const PAGE_SIZE = 500;
/** What the change check reads of every entity. */
const STAMP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.etag',
];

interface Kept {
  etag?: string;
  entity: Entity;
}

/**
 * What ranking and the explorer read of every takeaway, talk and conference,
 * and of every component, system, API and resource, kept in memory and read
 * with the plugin's own credentials. Requests answer from it and then read
 * only the items they show, on the caller's behalf, so the caller's
 * permissions still decide what they see.
 *
 * A refresh reads the refs and etags of those entities (a few dozen bytes
 * each) and fetches in full only the new and changed ones, so it costs
 * little when nothing changed. Requests arriving before the first load wait
 * for it.
 */
export class CatalogIndex {
  readonly #options: CatalogIndexOptions;
  readonly #kept = new Map<string, Kept>();
  #snapshot: IndexSnapshot | undefined;
  #refreshing: Promise<IndexSnapshot> | undefined;
  #version = 0;
  #warnedFull = false;

  constructor(options: CatalogIndexOptions) {
    this.#options = options;
  }

  /** The latest view; loads it first if there is none yet. */
  async snapshot(): Promise<IndexSnapshot> {
    return this.#snapshot ?? this.refresh();
  }

  /**
   * Reads what changed in the catalog since the last refresh. Concurrent
   * calls share one refresh. A failed refresh keeps the last good view.
   */
  refresh(): Promise<IndexSnapshot> {
    if (!this.#refreshing) {
      this.#refreshing = this.#refresh().finally(() => {
        this.#refreshing = undefined;
      });
    }
    return this.#refreshing;
  }

  async #refresh(): Promise<IndexSnapshot> {
    const credentials = await this.#options.auth.getOwnServiceCredentials();
    const stamps = await this.#readStamps(credentials);
    const changed = [...stamps]
      .filter(([ref, etag]) => {
        const kept = this.#kept.get(ref);
        // Without an etag there is no telling: read it again.
        return !kept || etag === undefined || kept.etag !== etag;
      })
      .map(([ref]) => ref);
    const removed = [...this.#kept.keys()].filter(ref => !stamps.has(ref));

    for (let start = 0; start < changed.length; start += PAGE_SIZE) {
      const { items } = await this.#options.catalog.getEntitiesByRefs(
        {
          entityRefs: changed.slice(start, start + PAGE_SIZE),
          fields: INDEX_FIELDS,
        },
        { credentials },
      );
      for (const entity of items) {
        if (entity) {
          this.#kept.set(stringifyEntityRef(entity), {
            etag: entity.metadata.etag,
            entity,
          });
        }
      }
    }
    removed.forEach(ref => this.#kept.delete(ref));

    if (!this.#snapshot || changed.length > 0 || removed.length > 0) {
      const refs = [...this.#kept.keys()].sort();
      this.#version += 1;
      this.#snapshot = new IndexSnapshot(
        refs.map(ref => this.#kept.get(ref)!.entity),
        this.#version,
      );
      this.#options.logger.debug(
        `Index of takeaways, talks and tool users: ${
          this.#snapshot.size
        } entities (${changed.length} read, ${removed.length} removed)`,
      );
    }
    return this.#snapshot;
  }

  /**
   * Ref to etag of every entity to keep, up to `maxEntities`: one plain
   * query per group of kinds, a few dozen bytes per entity. (Paging with a
   * cursor makes the catalog count the matches on every page, which at
   * 16,000 entities cost more than the whole list.)
   */
  async #readStamps(
    credentials: BackstageCredentials,
  ): Promise<Map<string, string | undefined>> {
    const { catalog, maxEntities } = this.#options;
    const stamps = new Map<string, string | undefined>();
    // Our kinds first, so a catalog too big to keep whole still ranks.
    for (const kinds of [ITEM_KINDS, USER_KINDS]) {
      const room = maxEntities - stamps.size;
      const { items } = await catalog.getEntities(
        { filter: { kind: kinds }, fields: STAMP_FIELDS, limit: room + 1 },
        { credentials },
      );
      for (const entity of items.slice(0, room)) {
        stamps.set(stringifyEntityRef(entity), entity.metadata.etag);
      }
      if (items.length > room) {
        this.#warnFull();
        break;
      }
    }
    return stamps;
  }

  #warnFull() {
    if (!this.#warnedFull) {
      this.#warnedFull = true;
      this.#options.logger.error(
        `The catalog has more takeaways, talks, conferences, components, systems, APIs and resources than conferenceTakeaways.catalog.indexMaxEntities (${
          this.#options.maxEntities
        }); the rest are left out of rankings and the explorer. Raise the setting.`,
      );
    }
  }
}
