import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConferenceEntity,
  ExploreMatch,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { canonicalRef } from '../catalogIndex/canonicalRef';
import { IndexSnapshot } from '../catalogIndex/IndexSnapshot';
import { oncePerSnapshot } from '../catalogIndex/oncePerSnapshot';

type Field = ExploreMatch['field'];

/** The fields a text query looks in, best reason first. Report titles are not among them. */
export const SEARCHED_FIELDS: Field[] = [
  'title',
  'tools',
  'speakers',
  'summary',
  'body',
];

/** What the explorer filters, counts and searches of one item. */
export interface ExploreRecord {
  ref: string;
  kind: 'Takeaway' | 'Talk' | 'Conference';
  title: string;
  year?: number;
  /** For ordering: the conference's start date or report date, ISO. */
  date: string;
  conferenceRef?: string;
  tools: string[];
  /** Searchable text by field, as written and in lower case. */
  text: Partial<Record<Field, { raw: string; lower: string }>>;
}

/** The explorer's view of one index snapshot. */
export interface ExploreCatalog {
  takeaway: ExploreRecord[];
  talk: ExploreRecord[];
  conference: ExploreRecord[];
  conferences: Map<string, ConferenceEntity>;
}

/** The strings of a value that should be a list of them. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** A conference's display title. */
export function conferenceTitle(conference: ConferenceEntity): string {
  const spec = conference.spec ?? {};
  return (
    str(conference.metadata.title) ??
    ([spec.series, spec.edition].filter(Boolean).join(' ') ||
      conference.metadata.name)
  );
}

function yearOf(date: unknown): number | undefined {
  const match = typeof date === 'string' ? /^(\d{4})-/.exec(date) : null;
  return match ? Number(match[1]) : undefined;
}

function textFields(
  fields: Partial<Record<Field, string | undefined>>,
): ExploreRecord['text'] {
  const text: ExploreRecord['text'] = {};
  for (const field of SEARCHED_FIELDS) {
    const raw = fields[field];
    if (raw) {
      text[field] = { raw, lower: raw.toLocaleLowerCase('en-US') };
    }
  }
  return text;
}

function record(
  entity: Entity,
  conferences: Map<string, ConferenceEntity>,
  dictionary: ToolLookup,
  conferenceTools: Map<string, Set<string>>,
): ExploreRecord | undefined {
  const ref = stringifyEntityRef(entity);
  const spec = entity.spec ?? {};
  const toolNames = (slugs: string[]) =>
    slugs.map(slug => dictionary.get(slug)?.name ?? slug).join(', ');
  if (entity.kind === 'Conference') {
    const conference = entity as ConferenceEntity;
    const tools = [...(conferenceTools.get(ref) ?? [])].sort();
    return {
      ref,
      kind: 'Conference',
      title: conferenceTitle(conference),
      year: typeof spec.year === 'number' ? spec.year : yearOf(spec.startDate),
      date: str(spec.startDate) ?? String(spec.year ?? ''),
      tools,
      text: textFields({
        title: conferenceTitle(conference),
        tools: toolNames(tools),
        summary: str(entity.metadata.description),
        body: [spec.series, spec.edition, spec.city, spec.region]
          .filter(Boolean)
          .join(' · '),
      }),
    };
  }
  if (entity.kind !== 'Takeaway' && entity.kind !== 'Talk') {
    return undefined;
  }
  const conferenceRef = canonicalRef(spec.conference, 'conference');
  const conference = conferenceRef ? conferences.get(conferenceRef) : undefined;
  const tools = strings(spec.tools);
  const isTakeaway = entity.kind === 'Takeaway';
  const title =
    str(isTakeaway ? spec.headline : spec.title) ??
    str(entity.metadata.title) ??
    entity.metadata.name;
  const reportDate = isTakeaway
    ? str((spec.report as { date?: unknown } | undefined)?.date)
    : undefined;
  return {
    ref,
    kind: entity.kind,
    title,
    year: conference?.spec?.year ?? yearOf(reportDate),
    date: str(conference?.spec?.startDate) ?? reportDate ?? '',
    conferenceRef,
    tools,
    text: textFields({
      title,
      tools: toolNames(tools),
      speakers: isTakeaway ? undefined : strings(spec.speakers).join(', '),
      summary: isTakeaway ? str(spec.summary) : undefined,
      body: isTakeaway
        ? undefined
        : [spec.track, spec.format].filter(Boolean).join(' · '),
    }),
  };
}

const newestFirst = (a: ExploreRecord, b: ExploreRecord) =>
  (b.year ?? 0) - (a.year ?? 0) ||
  b.date.localeCompare(a.date) ||
  a.title.localeCompare(b.title) ||
  a.ref.localeCompare(b.ref);

/** The explorer's records of a snapshot, each list newest first. */
function buildExploreCatalog(
  snapshot: IndexSnapshot,
  dictionary: ToolLookup,
): ExploreCatalog {
  const conferenceTools = new Map<string, Set<string>>();
  for (const item of [...snapshot.takeaways, ...snapshot.talks]) {
    const ref = canonicalRef(item.spec?.conference, 'conference');
    if (ref) {
      const tools = conferenceTools.get(ref) ?? new Set<string>();
      strings(item.spec?.tools).forEach(slug => tools.add(slug));
      conferenceTools.set(ref, tools);
    }
  }
  const build = (entities: Entity[]) =>
    entities
      .map(e => record(e, snapshot.conferences, dictionary, conferenceTools))
      .filter((r): r is ExploreRecord => r !== undefined)
      .sort(newestFirst);
  return {
    takeaway: build(snapshot.takeaways),
    talk: build(snapshot.talks),
    conference: build([...snapshot.conferences.values()]),
    conferences: snapshot.conferences,
  };
}

/** The explorer's records of a snapshot, built once per snapshot. */
export const exploreCatalogOf = oncePerSnapshot(buildExploreCatalog);
