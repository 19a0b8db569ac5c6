import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ExploreKind } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useExplore } from '../../hooks/useExplore';
import { AddTripReportGuide } from './AddTripReportGuide';
import { ExplorerFilters } from './ExplorerFilters';
import { EXPLORE_PAGE_SIZE, ExploreItemsTable } from './ExploreItemsTable';
import { ToolTrendsHeatmap } from './ToolTrendsHeatmap';
import {
  ExplorerParams,
  ExplorerTab,
  useExplorerParams,
} from './useExplorerParams';

const TAB_LABELS: Array<[ExplorerTab, string]> = [
  ['takeaways', 'Takeaways'],
  ['talks', 'Talks'],
  ['conferences', 'Conferences'],
  ['trends', 'Tool trends'],
  ['add-report', 'Add a trip report'],
];

const LISTS: Partial<Record<ExplorerTab, { kind: ExploreKind; noun: string }>> =
  {
    takeaways: { kind: 'takeaway', noun: 'takeaways' },
    talks: { kind: 'talk', noun: 'talks' },
    conferences: { kind: 'conference', noun: 'conferences' },
    // the trends are computed over takeaways; one row is enough to get them
    trends: { kind: 'takeaway', noun: 'takeaways' },
  };

function isFiltered(params: ExplorerParams) {
  return Boolean(params.q || params.tool || params.conference || params.year);
}

/** One tab's list or trends, from one backend call. */
function ExplorerList(props: {
  params: ExplorerParams;
  onChange: (change: Partial<ExplorerParams>) => void;
}) {
  const { params, onChange } = props;
  const list = LISTS[params.tab]!;
  const trendsOnly = params.tab === 'trends';
  const { loading, error, retry, previous } = useExplore({
    kind: list.kind,
    q: params.q,
    tool: params.tool ? [params.tool] : undefined,
    conference: params.conference,
    year: params.year,
    limit: trendsOnly ? 1 : EXPLORE_PAGE_SIZE,
    offset: trendsOnly ? 0 : params.page * EXPLORE_PAGE_SIZE,
  });

  let body;
  if (error) {
    body = (
      <>
        <ResponseErrorPanel error={error} />
        <Button onClick={retry}>Retry</Button>
      </>
    );
  } else if (!previous) {
    body = <Progress />;
  } else if (previous.total === 0 && !isFiltered(params)) {
    body = (
      <EmptyState
        missing="data"
        title={`No ${list.noun} in the catalog yet`}
        description="Once trip reports are added, their takeaways, talks and conferences show up here."
        action={
          <Button
            variant="contained"
            color="primary"
            onClick={() => onChange({ tab: 'add-report' })}
          >
            How to add a trip report
          </Button>
        }
      />
    );
  } else if (trendsOnly) {
    body =
      previous.trends.series.length > 0 ? (
        <ToolTrendsHeatmap trends={previous.trends} />
      ) : (
        <EmptyState
          missing="data"
          title="No takeaway within these filters names its subject tools"
        />
      );
  } else {
    const shownFrom = previous.total === 0 ? 0 : previous.offset + 1;
    const shownTo = previous.offset + previous.items.length;
    body = (
      <ExploreItemsTable
        kind={list.kind}
        title={
          previous.total > previous.items.length
            ? `${shownFrom}–${shownTo} of ${previous.total} ${list.noun}`
            : `${previous.total} ${list.noun}`
        }
        items={previous.items}
        total={previous.total}
        page={params.page}
        loading={loading}
        query={params.q}
        onPageChange={page => onChange({ page })}
        emptyMessage={`No ${list.noun} match these filters.`}
      />
    );
  }

  return (
    <>
      <Box mb={2}>
        <ExplorerFilters
          params={params}
          facets={previous?.facets}
          searchLabel={`Search ${list.noun}`}
          onChange={onChange}
        />
      </Box>
      {body}
    </>
  );
}

/**
 * Everything we brought back from conferences, served a page at a time by
 * the backend: takeaways, talks and conferences with search, filters and
 * facet counts, and tool trends over the years.
 */
export function TakeawaysExplorer() {
  const [params, setParams] = useExplorerParams();
  return (
    <>
      <Typography variant="body1" color="textSecondary" paragraph>
        What our engineers learned at conferences, linked to the talks behind
        it: search it, filter it by tool, conference or year, or see which tools
        come up over the years.
      </Typography>
      <Tabs
        value={params.tab}
        onChange={(_event, tab: ExplorerTab) => setParams({ tab })}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
        aria-label="Conference takeaways sections"
      >
        {TAB_LABELS.map(([tab, label]) => (
          <Tab key={tab} value={tab} label={label} />
        ))}
      </Tabs>
      <Box mt={2}>
        {params.tab === 'add-report' ? (
          <AddTripReportGuide />
        ) : (
          <ExplorerList params={params} onChange={setParams} />
        )}
      </Box>
    </>
  );
}
