import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ConferenceEntity,
  TakeawayEntity,
  TalkEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { canonicalRef } from './canonicalRef';

/** A takeaway or talk: what relevance ranks. */
export type IndexedItem = TakeawayEntity | TalkEntity;

/** Kinds of our own the index keeps, lower case as the catalog filters them. */
export const ITEM_KINDS = ['takeaway', 'talk', 'conference'];
/**
 * Kinds whose tags, annotations and dependencies say which tools are used,
 * and groups (whose components' tools count for them).
 */
export const USER_KINDS = ['component', 'system', 'api', 'resource', 'group'];

const lower = (kind: string) => kind.toLocaleLowerCase('en-US');

/**
 * One immutable view of the catalog as the index last read it, with the
 * lookups the endpoints need. A refresh builds a new one; requests keep the
 * one they started with.
 */
export class IndexSnapshot {
  /** Goes up with every refresh that changed something. */
  readonly version: number;
  readonly takeaways: TakeawayEntity[] = [];
  readonly talks: TalkEntity[] = [];
  readonly conferences = new Map<string, ConferenceEntity>();
  /** Components, systems, APIs, resources and groups by canonical ref. */
  readonly users = new Map<string, Entity>();
  readonly #items = new Map<string, Entity>();
  readonly #byTool = new Map<string, IndexedItem[]>();
  readonly #ownedBy = new Map<string, string[]>();

  /** `entities` sorted by ref, so every view lists them in a stable order. */
  constructor(entities: Iterable<Entity>, version: number) {
    this.version = version;
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity);
      const kind = lower(entity.kind);
      if (kind === 'conference') {
        this.conferences.set(ref, entity as ConferenceEntity);
        this.#items.set(ref, entity);
      } else if (kind === 'takeaway' || kind === 'talk') {
        this.#addItem(ref, entity as IndexedItem);
      } else if (USER_KINDS.includes(kind)) {
        this.users.set(ref, entity);
        this.#addOwner(ref, entity);
      }
    }
  }

  #addItem(ref: string, item: IndexedItem) {
    this.#items.set(ref, item);
    if (item.kind === 'Takeaway') {
      this.takeaways.push(item);
    } else {
      this.talks.push(item);
    }
    const tools = Array.isArray(item.spec?.tools) ? item.spec.tools : [];
    for (const slug of new Set(tools)) {
      if (typeof slug === 'string') {
        const list = this.#byTool.get(slug) ?? [];
        list.push(item);
        this.#byTool.set(slug, list);
      }
    }
  }

  #addOwner(ref: string, entity: Entity) {
    if (lower(entity.kind) !== 'component') {
      return;
    }
    for (const relation of entity.relations ?? []) {
      const owner =
        relation.type === RELATION_OWNED_BY
          ? canonicalRef(relation.targetRef, 'group')
          : undefined;
      if (owner) {
        this.#ownedBy.set(owner, [...(this.#ownedBy.get(owner) ?? []), ref]);
      }
    }
  }

  /** A takeaway, talk or conference by canonical ref. */
  item(ref: string): Entity | undefined {
    return this.#items.get(ref);
  }

  /** Takeaways and talks naming any of the tools, each once. */
  itemsWithTools(slugs: string[]): IndexedItem[] {
    const found = new Set<IndexedItem>();
    for (const slug of slugs) {
      for (const item of this.#byTool.get(slug) ?? []) {
        found.add(item);
      }
    }
    return [...found];
  }

  /** Refs of the components a group owns, as their relations say. */
  componentsOwnedBy(groupRef: string): string[] {
    return this.#ownedBy.get(groupRef) ?? [];
  }

  /** Number of entities kept. */
  get size(): number {
    return this.#items.size + this.users.size;
  }
}
