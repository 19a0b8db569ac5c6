import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ExploreItem,
  ExploreKind,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { dateRange } from '../../lib/dateRange';
import { ExternalLink, HighlightTerms, ToolChip } from '../shared';

/** Rows per page; the backend caps a page at 100. */
export const EXPLORE_PAGE_SIZE = 20;

const useStyles = makeStyles(theme => ({
  nowrap: { whiteSpace: 'nowrap' },
  match: {
    marginTop: theme.spacing(0.5),
    '& mark': {
      backgroundColor: theme.palette.warning.light,
      color: theme.palette.getContrastText(theme.palette.warning.light),
      padding: '0 2px',
    },
  },
  media: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

const MATCH_FIELDS: Record<NonNullable<ExploreItem['match']>['field'], string> =
  {
    title: 'title',
    summary: 'summary',
    tools: 'tools',
    speakers: 'speakers',
    body: 'text',
  };

/** Why a row matched the search: the field and the words around the match. */
function MatchLine(props: { item: ExploreItem; query?: string }) {
  const classes = useStyles();
  const { match } = props.item;
  if (!match) {
    return null;
  }
  return (
    <Typography variant="body2" color="textSecondary" className={classes.match}>
      Matched in {MATCH_FIELDS[match.field] ?? match.field}: “
      <HighlightTerms text={match.snippet} query={props.query} />”
    </Typography>
  );
}

function TitleCell(props: {
  item: ExploreItem;
  query?: string;
  below?: ReactNode;
}) {
  const { item, query, below } = props;
  return (
    <>
      <EntityRefLink entityRef={item.entityRef} hideIcon>
        {item.title}
      </EntityRefLink>
      {below}
      <MatchLine item={item} query={query} />
    </>
  );
}

function ConferenceCell(props: { item: ExploreItem }) {
  const conference = props.item.conference;
  if (!conference) {
    return <>—</>;
  }
  return (
    <EntityRefLink entityRef={conference.entityRef} hideIcon>
      {conference.title}
    </EntityRefLink>
  );
}

/** Chips per row before the rest are counted: keeps rows one or two lines high. */
const TOOLS_SHOWN = 4;

function ToolsCell(props: { item: ExploreItem }) {
  const { tools } = props.item;
  const hidden = tools.slice(TOOLS_SHOWN);
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 4 }}>
      {tools.slice(0, TOOLS_SHOWN).map(tool => (
        <ToolChip key={tool.slug} slug={tool.slug} label={tool.name} />
      ))}
      {hidden.length > 0 && (
        <Typography
          variant="caption"
          color="textSecondary"
          title={hidden.map(tool => tool.name).join(', ')}
        >
          +{hidden.length} more
        </Typography>
      )}
    </Box>
  );
}

function MediaCell(props: { item: ExploreItem }) {
  const classes = useStyles();
  const media = props.item.media ?? {};
  const links = [
    { url: media.recording, label: 'Recording' },
    { url: media.slides, label: 'Slides' },
    { url: media.schedule, label: 'Schedule' },
  ].filter(link => link.url);
  if (links.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        —
      </Typography>
    );
  }
  return (
    <span className={classes.media}>
      {links.map(link => (
        <ExternalLink key={link.label} url={link.url}>
          {link.label}
        </ExternalLink>
      ))}
    </span>
  );
}

function DatesCell(props: { item: ExploreItem }) {
  const classes = useStyles();
  const c = props.item.conference;
  return (
    <span className={classes.nowrap}>
      {dateRange(c?.startDate, c?.endDate) ?? props.item.year ?? '—'}
    </span>
  );
}

const wide = { minWidth: 260, width: '40%' };
// widths go on the header too: the table sizes columns by their headers
const conferenceWidth = { minWidth: 160, width: '22%' };
const toolsWidth = { minWidth: 200, width: '30%' };
const yearWidth = { width: 64, whiteSpace: 'nowrap' } as const;

function hasMedia(items: ExploreItem[]): boolean {
  return items.some(
    item => item.media?.recording || item.media?.slides || item.media?.schedule,
  );
}

function columnsFor(
  kind: ExploreKind,
  items: ExploreItem[],
  query?: string,
): TableColumn<ExploreItem>[] {
  const conference: TableColumn<ExploreItem> = {
    title: 'Conference',
    render: item => <ConferenceCell item={item} />,
    cellStyle: conferenceWidth,
    headerStyle: conferenceWidth,
  };
  const year: TableColumn<ExploreItem> = {
    title: 'Year',
    field: 'year',
    render: item => item.year ?? '—',
    width: '64px',
    cellStyle: yearWidth,
    headerStyle: yearWidth,
  };
  const tools: TableColumn<ExploreItem> = {
    title: 'Tools',
    render: item => <ToolsCell item={item} />,
    cellStyle: toolsWidth,
    headerStyle: toolsWidth,
  };
  if (kind === 'talk') {
    return [
      {
        title: 'Talk',
        cellStyle: wide,
        headerStyle: wide,
        render: item => (
          <TitleCell
            item={item}
            query={query}
            below={
              item.speakers && item.speakers.length > 0 ? (
                <Typography variant="body2" color="textSecondary">
                  {item.speakers
                    .map(s => (s.company ? `${s.name} (${s.company})` : s.name))
                    .join(', ')}
                </Typography>
              ) : undefined
            }
          />
        ),
      },
      conference,
      tools,
      // a column of dashes says nothing: only when this page has media
      ...(hasMedia(items)
        ? [
            {
              title: 'Media',
              render: (item: ExploreItem) => <MediaCell item={item} />,
            },
          ]
        : []),
    ];
  }
  if (kind === 'conference') {
    return [
      {
        title: 'Conference',
        cellStyle: { minWidth: 220 },
        render: item => <TitleCell item={item} query={query} />,
      },
      { title: 'Dates', render: item => <DatesCell item={item} /> },
      {
        title: 'Location',
        render: item => item.conference?.location ?? '—',
      },
      tools,
    ];
  }
  return [
    {
      title: 'Takeaway',
      cellStyle: wide,
      headerStyle: wide,
      render: item => <TitleCell item={item} query={query} />,
    },
    conference,
    year,
    tools,
  ];
}

/** What the other columns say, as one line under the title on a phone. */
function summaryLine(kind: ExploreKind, item: ExploreItem): string {
  const c = item.conference;
  const parts =
    kind === 'conference'
      ? [dateRange(c?.startDate, c?.endDate) ?? item.year, c?.location]
      : [
          kind === 'talk' ? item.speakers?.map(s => s.name).join(', ') : '',
          c?.title ?? item.year,
        ];
  return parts.filter(Boolean).join(' · ');
}

const KIND_TITLES: Record<ExploreKind, string> = {
  takeaway: 'Takeaway',
  talk: 'Talk',
  conference: 'Conference',
};

/** On a phone: one column, so nothing scrolls sideways out of view. */
function narrowColumns(
  kind: ExploreKind,
  query?: string,
): TableColumn<ExploreItem>[] {
  return [
    {
      title: KIND_TITLES[kind],
      render: item => (
        <TitleCell
          item={item}
          query={query}
          below={
            <Typography variant="body2" color="textSecondary">
              {summaryLine(kind, item)}
            </Typography>
          }
        />
      ),
    },
  ];
}

/**
 * One server-side page of explorer items: the table never holds more than
 * the page it shows, and asks for another page through `onPageChange`.
 */
export function ExploreItemsTable(props: {
  kind: ExploreKind;
  title: string;
  items: ExploreItem[];
  total: number;
  page: number;
  loading: boolean;
  query?: string;
  onPageChange: (page: number) => void;
  emptyMessage: string;
}) {
  const { kind, title, items, total, page, loading, query } = props;
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  return (
    <Table<ExploreItem>
      title={title}
      columns={
        narrow ? narrowColumns(kind, query) : columnsFor(kind, items, query)
      }
      data={items}
      isLoading={loading}
      page={page}
      totalCount={total}
      onPageChange={props.onPageChange}
      options={{
        search: false,
        sorting: false,
        paging: total > EXPLORE_PAGE_SIZE,
        pageSize: EXPLORE_PAGE_SIZE,
        pageSizeOptions: [EXPLORE_PAGE_SIZE],
        emptyRowsWhenPaging: false,
        padding: 'dense',
      }}
      emptyContent={
        <Box p={2}>
          <Typography variant="body2">{props.emptyMessage}</Typography>
        </Box>
      }
    />
  );
}
