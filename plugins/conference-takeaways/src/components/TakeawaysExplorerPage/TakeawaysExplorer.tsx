import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useMemo } from 'react';
import { useConferenceCatalog } from '../../hooks/useConferenceCatalog';
import { explorerLink, ExplorerLinkFn } from '../../hooks/useExplorerLink';
import { ConferenceIndex } from '../../lib/conferences';
import { buildToolTrends } from '../../lib/toolTrends';
import { AddTripReportGuide } from './AddTripReportGuide';
import { ConferencesTab } from './ConferencesTab';
import { TakeawaysTab } from './TakeawaysTab';
import { TalksTab } from './TalksTab';
import { ToolTrendsChart } from './ToolTrendsChart';
import { ExplorerTab, useExplorerParams } from './useExplorerParams';

const TAB_LABELS: Array<[ExplorerTab, string]> = [
  ['takeaways', 'Takeaways'],
  ['trends', 'Tool trends'],
  ['conferences', 'Conferences'],
  ['talks', 'Talks'],
  ['add-report', 'Add a trip report'],
];

/** Links inside the explorer stay relative to wherever it is mounted. */
const inPageLink: ExplorerLinkFn = params => explorerLink('', params);

/**
 * Everything we brought back from conferences, from the catalog: takeaways
 * with search and filters, tool trends, conferences and talks.
 */
export function TakeawaysExplorer() {
  const [params, setParams] = useExplorerParams();
  const { value, loading, error, retry } = useConferenceCatalog();
  const conferences = useMemo(
    () => new ConferenceIndex(value?.conferences ?? []),
    [value],
  );
  const trends = useMemo(
    () => buildToolTrends(value?.takeaways ?? [], conferences),
    [value, conferences],
  );

  let body;
  if (params.tab === 'add-report') {
    body = <AddTripReportGuide />;
  } else if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <>
        <ResponseErrorPanel error={error} />
        <Button onClick={retry}>Retry</Button>
      </>
    );
  } else if (!value || value.takeaways.length + value.talks.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No conference takeaways in the catalog yet"
        description="Once trip reports are added, their takeaways, talks and conferences show up here."
        action={
          <Button
            variant="contained"
            color="primary"
            onClick={() => setParams({ tab: 'add-report' })}
          >
            How to add a trip report
          </Button>
        }
      />
    );
  } else if (params.tab === 'trends') {
    body =
      trends.tools.length > 0 ? (
        <ToolTrendsChart trends={trends} />
      ) : (
        <EmptyState
          missing="data"
          title="No takeaway names its subject tools yet"
        />
      );
  } else if (params.tab === 'conferences') {
    body = (
      <ConferencesTab
        conferences={conferences}
        talks={value.talks}
        takeaways={value.takeaways}
        explorerLink={inPageLink}
      />
    );
  } else if (params.tab === 'talks') {
    body = <TalksTab talks={value.talks} conferences={conferences} />;
  } else {
    body = (
      <TakeawaysTab
        takeaways={value.takeaways}
        conferences={conferences}
        params={params}
        onChange={setParams}
      />
    );
  }

  return (
    <>
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
      <Box mt={2}>{body}</Box>
    </>
  );
}
