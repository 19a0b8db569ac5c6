import { InfoCard } from '@backstage/core-components';
import { ToolHubItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { groupItemsByYear } from '../../lib/groupToolItems';
import { AddTripReportHint, conferenceLine, SafeMarkdown } from '../shared';
import { CitedItemLine } from './CitedItemLine';

function ItemView(props: { item: ToolHubItem; toolName: string }) {
  const { item, toolName } = props;
  return (
    <Box component="article" aria-label={item.title} mb={1.5}>
      <CitedItemLine item={item} hideConference />
      <Box display="flex" flexWrap="wrap" style={{ gap: 4 }} my={0.5}>
        <Chip
          size="small"
          variant="outlined"
          label={item.subject ? `about ${toolName}` : `mentions ${toolName}`}
        />
        {item.citedBy.length > 0 && (
          <Chip
            size="small"
            color="primary"
            label={`radar evidence (${item.citedBy.join(', ')})`}
          />
        )}
      </Box>
      {item.summary &&
        (item.kind === 'Talk' ? (
          <Typography variant="body2" color="textSecondary">
            by {item.summary}
          </Typography>
        ) : (
          <SafeMarkdown content={item.summary} />
        ))}
    </Box>
  );
}

/** Paging of the items, from {@link useMoreToolItems}. */
export interface ToolItemsPaging {
  /** Items about the tool in all, loaded or not. */
  total: number;
  hasMore: boolean;
  loadMore: () => void;
  loading: boolean;
  error?: Error;
}

function MoreItems(props: { shown: number; paging: ToolItemsPaging }) {
  const { shown, paging } = props;
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" style={{ gap: 8 }}>
      <Typography variant="body2" color="textSecondary" role="status">
        Showing {shown} of {paging.total} takeaways and talks
      </Typography>
      {paging.hasMore && (
        <Button
          variant="outlined"
          size="small"
          onClick={paging.loadMore}
          disabled={paging.loading}
        >
          {paging.loading ? 'Loading…' : 'Show more'}
        </Button>
      )}
      {paging.error && (
        <Typography variant="body2" color="error">
          Could not load more: {paging.error.message}
        </Typography>
      )}
    </Box>
  );
}

/** Every takeaway and talk about the tool, by year and conference, page by page. */
export function ToolItemsByYear(props: {
  toolName: string;
  items: ToolHubItem[];
  paging: ToolItemsPaging;
  docsUrl?: string;
}) {
  const { toolName, items, paging } = props;
  const years = useMemo(() => groupItemsByYear(items), [items]);
  return (
    <InfoCard
      title="Takeaways and talks over the years"
      subheader={`Everything we brought back about ${toolName}, newest first`}
    >
      {years.length === 0 ? (
        <Typography variant="body2" component="div" color="textSecondary">
          No takeaway or talk names {toolName} yet.{' '}
          <AddTripReportHint docsUrl={props.docsUrl} />
        </Typography>
      ) : (
        years.map(({ year, conferences }) => (
          <Box
            component="section"
            key={year ?? 'undated'}
            aria-label={year ? String(year) : 'Undated'}
            mb={2}
          >
            <Typography variant="h6" component="h3">
              {year ?? 'Undated'}
            </Typography>
            {conferences.map(group => (
              <Box key={group.conference?.entityRef ?? 'none'} ml={1} mt={1}>
                <Typography variant="subtitle1" component="h4">
                  {conferenceLine(group.conference) ??
                    'Conference not identified'}
                </Typography>
                {group.items.map(item => (
                  <ItemView
                    key={item.entityRef}
                    item={item}
                    toolName={toolName}
                  />
                ))}
              </Box>
            ))}
          </Box>
        ))
      )}
      {items.length > 0 && <MoreItems shown={items.length} paging={paging} />}
    </InfoCard>
  );
}
