import { InfoCard } from '@backstage/core-components';
import { ToolHubItem } from '@internal/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
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

/** Every takeaway and talk about the tool, by year and conference. */
export function ToolItemsByYear(props: {
  toolName: string;
  items: ToolHubItem[];
  docsUrl?: string;
}) {
  const { toolName, items } = props;
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
                  {conferenceLine(group.conference) ?? 'No conference'}
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
    </InfoCard>
  );
}
