import { Entity } from '@backstage/catalog-model';
import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import {
  dateOf,
  describeItem,
  RefIndex,
  refOf,
  titleOf,
} from '../relevance/itemView';
import { normalizeEntityRef } from '../relevance/refs';
import { catalogEntityPath } from './entityPath';
import { CitedItem } from './types';

// One collator for every comparison, not a locale lookup per call: these
// sorts see thousands of items.
const byText = new Intl.Collator('en-US').compare;

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

/** An item with what ordering reads, worked out before its view. */
interface SortableItem {
  item: IndexedItem;
  time: number;
  title: string;
  ref: string;
}

/** Newest first; undated items last; then by title, then ref. */
function compareItems(a: SortableItem, b: SortableItem): number {
  if (a.time !== b.time) {
    return b.time - a.time;
  }
  return byText(a.title, b.title) || byText(a.ref, b.ref);
}

const NO_TALKS = new RefIndex<TalkEntity>([], 'talk');

function indexItem(
  item: Item,
  conferences: RefIndex<ConferenceEntity>,
): SortableItem {
  const conference = conferences.get(item.spec?.conference, 'conference');
  const date = dateOf(item, conference);
  const tools = stringArray(item.spec?.tools);
  // Views are built when first read: a request reads thousands of items
  // about a tool but shows a page of them.
  let described: ReturnType<typeof describeItem> | undefined;
  const describe = () =>
    (described ??= describeItem(item, conference, NO_TALKS));
  let view: CitedItem | undefined;
  const indexed: IndexedItem = {
    get view() {
      view ??= {
        entityRef: describe().entityRef,
        kind: describe().kind,
        title: describe().title,
        path: catalogEntityPath(describe().entityRef),
        ...(describe().conference && { conference: describe().conference }),
        ...(date && { date: date.toISOString().slice(0, 10) }),
        links: describe().links ?? [],
      };
      return view;
    },
    get summary() {
      return describe().summary || undefined;
    },
    tools,
    subjects:
      item.kind === 'Takeaway' ? stringArray(item.spec?.subjectTools) : tools,
    time: date?.getTime(),
  };
  return {
    item: indexed,
    time: date?.getTime() ?? -Infinity,
    title: titleOf(item),
    ref: refOf(item),
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
    const sorted = entities
      .filter(e => isKind(e, 'takeaway') || isKind(e, 'talk'))
      .map(e => indexItem(e as Item, conferences))
      .sort(compareItems);
    this.#all = sorted.map(entry => entry.item);
    for (const entry of sorted) {
      this.#byRef.set(entry.ref, entry.item);
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
