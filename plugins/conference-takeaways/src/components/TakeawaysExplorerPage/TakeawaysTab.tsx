import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TakeawayEntity } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { useToolLink } from '../../hooks/useToolLink';
import { ConferenceIndex } from '../../lib/conferences';
import { refOf } from '../../lib/entityRefs';
import { filterTakeaways } from '../../lib/takeawayFilters';
import { ExternalLink, FilterSelect, ToolChipList } from '../shared';
import { ExplorerParams } from './useExplorerParams';

interface Row {
  id: string;
  entity: TakeawayEntity;
  conferenceTitle: string;
  year?: number;
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Takeaway',
    field: 'entity.spec.headline',
    highlight: true,
    render: ({ entity }) => (
      <EntityRefLink entityRef={entity} hideIcon>
        {entity.spec.headline}
      </EntityRefLink>
    ),
  },
  { title: 'Conference', field: 'conferenceTitle' },
  { title: 'Year', field: 'year', type: 'numeric', defaultSort: 'desc' },
  {
    title: 'Tools',
    sorting: false,
    render: ({ entity }) => (
      <ToolChipList
        tools={entity.spec.tools ?? []}
        highlighted={entity.spec.subjectTools}
      />
    ),
  },
  {
    title: 'Report',
    field: 'entity.spec.report.author',
    render: ({ entity }) => {
      const report = entity.spec.report;
      return (
        <>
          <ExternalLink url={report?.url} textWhenUnsafe>
            {report?.title}
          </ExternalLink>
          <Typography variant="body2" color="textSecondary">
            {[report?.author, report?.date].filter(Boolean).join(', ')}
          </Typography>
        </>
      );
    },
  },
];

/** Searchable, filterable list of every takeaway. */
export function TakeawaysTab(props: {
  takeaways: TakeawayEntity[];
  conferences: ConferenceIndex;
  params: ExplorerParams;
  onChange: (change: Partial<ExplorerParams>) => void;
}) {
  const { takeaways, conferences, params, onChange } = props;
  const toolLink = useToolLink();

  const toolOptions = useMemo(
    () =>
      [...new Set(takeaways.flatMap(t => t.spec.tools ?? []))]
        .sort()
        .map(tool => ({ value: tool, label: tool })),
    [takeaways],
  );
  const conferenceOptions = useMemo(
    () => conferences.all().map(c => ({ value: c.ref, label: c.title })),
    [conferences],
  );
  const yearOptions = useMemo(
    () =>
      [
        ...new Set(
          conferences
            .all()
            .map(c => c.year)
            .filter((y): y is number => y !== undefined),
        ),
      ]
        .sort((a, b) => b - a)
        .map(year => ({ value: String(year), label: String(year) })),
    [conferences],
  );

  const rows = useMemo(
    () =>
      filterTakeaways(takeaways, conferences, {
        text: params.q,
        tool: params.tool,
        conference: params.conference,
        year: params.year,
      }).map((entity): Row => {
        const conference = conferences.get(entity.spec.conference);
        return {
          id: refOf(entity),
          entity,
          conferenceTitle: conference?.title ?? 'Not identified',
          year: conference?.year,
        };
      }),
    [
      takeaways,
      conferences,
      params.q,
      params.tool,
      params.conference,
      params.year,
    ],
  );

  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }} mb={2}>
        <TextField
          id="conference-takeaways-search"
          label="Search takeaways"
          type="search"
          variant="outlined"
          size="small"
          value={params.q ?? ''}
          onChange={event => onChange({ q: event.target.value })}
        />
        <FilterSelect
          label="Tool"
          allLabel="All tools"
          value={params.tool}
          options={toolOptions}
          onChange={tool => onChange({ tool })}
        />
        <FilterSelect
          label="Conference"
          allLabel="All conferences"
          value={params.conference}
          options={conferenceOptions}
          onChange={conference => onChange({ conference })}
        />
        <FilterSelect
          label="Year"
          allLabel="All years"
          value={params.year?.toString()}
          options={yearOptions}
          onChange={year =>
            onChange({ year: year === undefined ? undefined : Number(year) })
          }
        />
        {params.tool && toolLink && (
          <Box alignSelf="center">
            <Link to={toolLink(params.tool)}>
              Everything about {params.tool}: radar, users, talks
            </Link>
          </Box>
        )}
      </Box>
      <Table<Row>
        title={`${rows.length} of ${takeaways.length} takeaways`}
        columns={columns}
        data={rows}
        options={{
          search: false,
          paging: rows.length > 20,
          pageSize: 20,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography variant="body2">
              No takeaways match these filters.
            </Typography>
          </Box>
        }
      />
    </>
  );
}
