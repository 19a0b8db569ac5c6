import { Entity } from '@backstage/catalog-model';
import { OverflowTooltip, TableColumn } from '@backstage/core-components';
import {
  CatalogTable,
  CatalogTableColumnsFunc,
  CatalogTableRow,
} from '@backstage/plugin-catalog';
import {
  CONFERENCE_KIND,
  RELATION_HAS_TAKEAWAY,
  RELATION_HAS_TALK,
  TAKEAWAY_KIND,
  TALK_KIND,
  TakeawayEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { dateRange } from '../lib/dateRange';
import { ConferenceCell, ConferenceYearCell, ToolsCell } from './cells';

type Column = TableColumn<CatalogTableRow>;

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function yearOfDate(value: unknown): number | undefined {
  const year = /^(\d{4})-/.exec(text(value) ?? '')?.[1];
  return year ? Number(year) : undefined;
}

function relationCount(entity: Entity, type: string): number {
  return (entity.relations ?? []).filter(r => r.type === type).length;
}

function nameColumn(kind: string, title: string): Column {
  return {
    ...CatalogTable.columns.createNameColumn({ defaultKind: kind }),
    title,
    cellStyle: { minWidth: 240 },
  };
}

function conferenceColumn(): Column {
  return {
    title: 'Conference',
    // sorting by the ref groups a conference's rows together
    field: 'entity.spec.conference',
    cellStyle: { minWidth: 200 },
    render: ({ entity }) => (
      <ConferenceCell conferenceRef={text(entity.spec?.conference)} />
    ),
  };
}

function conferenceYearColumn(fallback?: (entity: Entity) => unknown): Column {
  return {
    title: 'Year',
    // the year is loaded after the rows, so the table cannot sort by it
    sorting: false,
    width: '80px',
    cellStyle: NO_WRAP,
    render: ({ entity }) => (
      <ConferenceYearCell
        conferenceRef={text(entity.spec?.conference)}
        fallbackYear={fallback ? yearOfDate(fallback(entity)) : undefined}
      />
    ),
  };
}

function toolsColumn(highlighted?: (entity: Entity) => unknown): Column {
  return {
    title: 'Tools',
    field: 'entity.spec.tools',
    sorting: false,
    cellStyle: { minWidth: 200 },
    render: ({ entity }) => (
      <ToolsCell
        tools={strings(entity.spec?.tools)}
        highlighted={highlighted ? strings(highlighted(entity)) : undefined}
      />
    ),
  };
}

function takeawayColumns(): Column[] {
  return [
    CatalogTable.columns.createTitleColumn({ hidden: true }),
    nameColumn('takeaway', 'Takeaway'),
    conferenceColumn(),
    // takeaways of an unidentified conference are dated by their report
    conferenceYearColumn(
      entity => (entity as TakeawayEntity).spec?.report?.date,
    ),
    toolsColumn(entity => entity.spec?.subjectTools),
    { ...CatalogTable.columns.createOwnerColumn(), cellStyle: NO_WRAP },
  ];
}

function talkColumns(): Column[] {
  return [
    CatalogTable.columns.createTitleColumn({ hidden: true }),
    nameColumn('talk', 'Talk'),
    {
      title: 'Speakers',
      field: 'entity.spec.speakers',
      cellStyle: { minWidth: 140 },
      customSort: (a, b) =>
        strings(a.entity.spec?.speakers)
          .join(', ')
          .localeCompare(strings(b.entity.spec?.speakers).join(', ')),
      render: ({ entity }) => (
        <OverflowTooltip
          text={strings(entity.spec?.speakers).join(', ') || '—'}
          line={2}
          placement="bottom-start"
        />
      ),
    },
    conferenceColumn(),
    conferenceYearColumn(),
    toolsColumn(),
  ];
}

function conferenceColumns(): Column[] {
  const startOf = (entity: Entity) =>
    text(entity.spec?.startDate) ?? String(entity.spec?.year ?? '');
  return [
    CatalogTable.columns.createTitleColumn({ hidden: true }),
    nameColumn('conference', 'Conference'),
    {
      title: 'Dates',
      field: 'entity.spec.startDate',
      cellStyle: NO_WRAP,
      customSort: (a, b) => startOf(a.entity).localeCompare(startOf(b.entity)),
      render: ({ entity }) =>
        dateRange(text(entity.spec?.startDate), text(entity.spec?.endDate)) ??
        (typeof entity.spec?.year === 'number' ? entity.spec.year : '—'),
    },
    {
      title: 'Location',
      field: 'entity.spec.city',
      render: ({ entity }) =>
        [text(entity.spec?.city), text(entity.spec?.region)]
          .filter(Boolean)
          .join(', ') || '—',
    },
    {
      title: 'Talks',
      type: 'numeric',
      customSort: (a, b) =>
        relationCount(a.entity, RELATION_HAS_TALK) -
        relationCount(b.entity, RELATION_HAS_TALK),
      render: ({ entity }) => relationCount(entity, RELATION_HAS_TALK),
    },
    {
      title: 'Takeaways',
      type: 'numeric',
      customSort: (a, b) =>
        relationCount(a.entity, RELATION_HAS_TAKEAWAY) -
        relationCount(b.entity, RELATION_HAS_TAKEAWAY),
      render: ({ entity }) => relationCount(entity, RELATION_HAS_TAKEAWAY),
    },
  ];
}

/**
 * Catalog table columns for one of our kinds (`Takeaway`, `Talk`,
 * `Conference`; any case), or undefined for every other kind.
 *
 * - Takeaway: headline, conference, year, tools (subjects first), owner.
 * - Talk: title, speakers, conference, year, tools.
 * - Conference: name, dates, location, talk and takeaway counts.
 *
 * @public
 */
export function conferenceTakeawaysCatalogColumns(
  kind: string | undefined,
): TableColumn<CatalogTableRow>[] | undefined {
  switch (kind?.toLocaleLowerCase('en-US')) {
    case TAKEAWAY_KIND.toLocaleLowerCase('en-US'):
      return takeawayColumns();
    case TALK_KIND.toLocaleLowerCase('en-US'):
      return talkColumns();
    case CONFERENCE_KIND.toLocaleLowerCase('en-US'):
      return conferenceColumns();
    default:
      return undefined;
  }
}

/**
 * A `columns` function for the catalog index page: our columns when the
 * table shows takeaways, talks or conferences, `fallback` (the catalog's
 * default columns unless given) for every other kind.
 *
 * @public
 */
export function createConferenceTakeawaysCatalogColumnsFunc(
  fallback: CatalogTableColumnsFunc = CatalogTable.defaultColumnsFunc,
): CatalogTableColumnsFunc {
  return context => {
    // like the catalog's default: the rows' kind wins over the filter while
    // a newly picked kind is still loading
    const kind = context.entities[0]?.kind ?? context.filters.kind?.value;
    return conferenceTakeawaysCatalogColumns(kind) ?? fallback(context);
  };
}
