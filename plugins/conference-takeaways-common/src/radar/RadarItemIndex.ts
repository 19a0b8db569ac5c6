import { Entity } from '@backstage/catalog-model';
import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { dateOf, describeItem, RefIndex, refOf } from '../relevance/itemView';
import { normalizeEntityRef } from '../relevance/refs';
import { catalogEntityPath } from './entityPath';
import { CitedItem } from './types';

/** A takeaway or talk with what the radar functions read from it. @public */
export interface IndexedItem {
  view: CitedItem;
  /** Markdown summary (takeaways) or the speakers (talks). */
  summary?: string;
  /** Every tool slug it names. */
  tools: string[];
  /** The tools it is about: a takeaway's subjectTools, a talk's tools. */
  subjects: string[];
  /** Epoch milliseconds of `view.date`; undefined when undated. */
  time?: number;
}

type Item = TakeawayEntity | TalkEntity;

function isKind(entity: Entity, kind: string): boolean {
  return entity.kind?.toLocaleLowerCase('en-US') === kind;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

/** Newest first; undated items last; then by title, then ref. */
function compareItems(a: IndexedItem, b: IndexedItem): number {
  const at = a.time ?? -Infinity;
  const bt = b.time ?? -Infinity;
  if (at !== bt) {
    return bt - at;
  }
  return (
    a.view.title.localeCompare(b.view.title, 'en-US') ||
    a.view.entityRef.localeCompare(b.view.entityRef, 'en-US')
  );
}

function indexItem(
  item: Item,
  conferences: RefIndex<ConferenceEntity>,
): IndexedItem {
  const conference = conferences.get(item.spec?.conference, 'conference');
  const described = describeItem(item, conference, new RefIndex([], 'talk'));
  const date = dateOf(item, conference);
  const tools = stringArray(item.spec?.tools);
  return {
    view: {
      entityRef: described.entityRef,
      kind: described.kind,
      title: described.title,
      path: catalogEntityPath(described.entityRef),
      ...(described.conference && { conference: described.conference }),
      ...(date && { date: date.toISOString().slice(0, 10) }),
      links: described.links ?? [],
    },
    ...(described.summary && { summary: described.summary }),
    tools,
    subjects:
      item.kind === 'Takeaway' ? stringArray(item.spec?.subjectTools) : tools,
    time: date?.getTime(),
  };
}

/**
 * The takeaways and talks (and their conferences) read from the catalog for
 * a radar request, looked up by ref or by tool. Entities of other kinds are
 * ignored, so one catalog query can return all three kinds.
 *
 * @public
 */
export class RadarItemIndex {
  readonly #byRef = new Map<string, IndexedItem>();
  readonly #all: IndexedItem[];

  constructor(entities: Entity[]) {
    const conferences = new RefIndex<ConferenceEntity>(
      entities
        .filter(e => isKind(e, 'conference'))
        .map((e): [string, ConferenceEntity] => [
          refOf(e),
          e as ConferenceEntity,
        ]),
      'conference',
    );
    this.#all = entities
      .filter(e => isKind(e, 'takeaway') || isKind(e, 'talk'))
      .map(e => indexItem(e as Item, conferences))
      .sort(compareItems);
    for (const item of this.#all) {
      this.#byRef.set(item.view.entityRef, item);
    }
  }

  /** The item a ref names, whatever its casing; undefined when not read. */
  get(ref: string): IndexedItem | undefined {
    const key = normalizeEntityRef(ref);
    return key ? this.#byRef.get(key) : undefined;
  }

  /** Items naming the tool at all, newest first. */
  about(slug: string): IndexedItem[] {
    return this.#all.filter(item => item.tools.includes(slug));
  }

  /** Items whose subject is the tool, newest first. */
  subjectOf(slug: string): IndexedItem[] {
    return this.#all.filter(item => item.subjects.includes(slug));
  }
}
