import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ToolHubResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { useMoreToolItems } from '../../hooks/useMoreToolItems';
import { useToolHub } from '../../hooks/useToolHub';
import { AddTripReportHint } from '../shared';
import { EvidenceSuggestions } from './EvidenceSuggestions';
import { ProposedMoves } from './ProposedMoves';
import { useScrollToHash } from './useScrollToHash';
import { RadarTimeline } from './RadarTimeline';
import { ToolItemsByYear } from './ToolItemsByYear';
import { ToolOverview } from './ToolOverview';
import { ToolUsers } from './ToolUsers';
import { ToolWarnings } from './ToolWarnings';
import { UnknownTool } from './UnknownTool';

/** Props of {@link ToolHub}. @public */
export interface ToolHubProps {
  /** A tool slug, name or alias, or the id of a radar entry. */
  tool: string;
  /** Your own page on writing trip reports, linked from the empty states. */
  docsUrl?: string;
}

function isNotFound(error: Error): boolean {
  return (error as { statusCode?: number }).statusCode === 404;
}

function isEmpty(hub: ToolHubResponse): boolean {
  return !hub.radar && hub.usedByTotal === 0 && hub.itemsPage.total === 0;
}

function ToolHubSections(props: {
  tool: string;
  hub: ToolHubResponse;
  docsUrl?: string;
  /** Loads the page again after a citation changed. */
  reload: () => void;
}) {
  const { hub, docsUrl, reload } = props;
  useScrollToHash();
  const name = hub.tool.name;
  const { items, ...paging } = useMoreToolItems(props.tool, hub);
  return (
    <Grid container spacing={3} alignItems="stretch">
      {hub.warnings.length > 0 && (
        <Grid item xs={12}>
          <ToolWarnings warnings={hub.warnings} />
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <ToolOverview hub={hub} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ToolUsers
          toolName={name}
          users={hub.usedBy}
          usersTotal={hub.usedByTotal}
          teams={hub.teams}
          teamsTotal={hub.teamsTotal}
        />
      </Grid>
      {hub.radar && (
        <Grid item xs={12} md={6}>
          <RadarTimeline radar={hub.radar} onChanged={reload} />
        </Grid>
      )}
      {hub.radar && (
        <Grid item xs={12} md={6}>
          <EvidenceSuggestions
            radar={hub.radar}
            suggestions={hub.suggestions}
            total={hub.suggestionsTotal}
            itemsTotal={hub.itemsPage.total}
            onChanged={reload}
          />
        </Grid>
      )}
      {hub.radar && (
        <Grid item xs={12}>
          <ProposedMoves radar={hub.radar} />
        </Grid>
      )}
      <Grid item xs={12}>
        <ToolItemsByYear
          toolName={name}
          items={items}
          paging={paging}
          docsUrl={docsUrl}
        />
      </Grid>
    </Grid>
  );
}

/**
 * Everything about one tool: what it is, its place and history on the tech
 * radar with the evidence behind each move, who uses it, every takeaway and
 * talk about it over the years, and what its radar entry could still cite.
 */
export function ToolHub(props: ToolHubProps) {
  const { value, loading, error, retry } = useToolHub(props.tool);

  // a reload after a citation keeps the page (and its scroll) in place
  if (loading && !value) {
    return <Progress />;
  }
  if (error) {
    if (isNotFound(error)) {
      return <UnknownTool tool={props.tool} />;
    }
    return (
      <>
        <ResponseErrorPanel error={error} />
        <Button onClick={retry}>Retry</Button>
      </>
    );
  }
  if (!value) {
    return null;
  }
  if (isEmpty(value)) {
    return (
      <Grid container spacing={3}>
        {value.warnings.length > 0 && (
          <Grid item xs={12}>
            <ToolWarnings warnings={value.warnings} />
          </Grid>
        )}
        <Grid item xs={12} md={6}>
          <ToolOverview hub={value} />
        </Grid>
        <Grid item xs={12} md={6}>
          <EmptyState
            missing="data"
            title={`Nothing about ${value.tool.name} yet`}
            description={
              <AddTripReportHint docsUrl={props.docsUrl} explainTools />
            }
          />
        </Grid>
      </Grid>
    );
  }
  return (
    <ToolHubSections
      tool={props.tool}
      hub={value}
      docsUrl={props.docsUrl}
      reload={retry}
    />
  );
}
