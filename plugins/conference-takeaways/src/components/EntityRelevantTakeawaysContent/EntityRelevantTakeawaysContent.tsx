import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  Content,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import { useRelevant } from '../../hooks/useRelevant';
import { useToolNames } from '../../hooks/useToolNames';
import { explainItems } from '../../lib/explainItems';
import {
  filterRelevantItems,
  RelevantItemFilter,
  relevantItemFilterOptions,
} from '../../lib/relevantItemFilters';
import {
  AddTripReportHint,
  CheckedSources,
  FilterSelect,
  ResolvedToolChips,
} from '../shared';
import { RelevantItemsTable } from './RelevantItemsTable';

/** Props of {@link EntityRelevantTakeawaysContent}. @public */
export interface EntityRelevantTakeawaysContentProps {
  /** How many ranked items to load; 100 by default. */
  limit?: number;
  /** Your own page on writing trip reports, linked from the empty state. */
  docsUrl?: string;
}

/**
 * Entity tab: every takeaway and talk ranked for the entity, filterable by
 * tool, conference and year.
 */
export function EntityRelevantTakeawaysContent(
  props: EntityRelevantTakeawaysContentProps,
) {
  const { limit = 100, docsUrl } = props;
  const { entity } = useEntity();
  const { value, loading, error } = useRelevant(
    stringifyEntityRef(entity),
    limit,
  );
  const [filter, setFilter] = useState<RelevantItemFilter>({});
  const items = value?.items;
  const options = useMemo(
    () => relevantItemFilterOptions(items ?? []),
    [items],
  );
  const toolNames = useToolNames(options.tools, value?.tools);
  // ranks and the age note belong to the whole list; filters only hide rows
  const all = useMemo(
    () => (value ? explainItems(value, entity) : { items: [] }),
    [value, entity],
  );
  const rows = useMemo(() => {
    const kept = new Set(
      filterRelevantItems(
        all.items.map(e => e.item),
        filter,
      ).map(item => item.entityRef),
    );
    return all.items.filter(e => kept.has(e.item.entityRef));
  }, [all, filter]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return null;
  }
  if (value.items.length === 0) {
    return (
      <Content noPadding>
        <EmptyState
          missing="data"
          title={
            value.tools.length === 0
              ? 'No tools found for this entity'
              : `No talks about ${value.tools
                  .map(tool => tool.name)
                  .join(', ')} yet`
          }
          description={
            <>
              {value.tools.length === 0 && <CheckedSources entity={entity} />}
              <AddTripReportHint docsUrl={docsUrl} />
            </>
          }
        />
      </Content>
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title={`Tools ${entity.metadata.title ?? entity.metadata.name} uses`}
        >
          <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
            {value.tools.length > 0 ? (
              <ResolvedToolChips tools={value.tools} />
            ) : (
              <Typography variant="body2">None found.</Typography>
            )}
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <Box display="flex" flexWrap="wrap" style={{ gap: 16 }} mb={2}>
          <FilterSelect
            label="Tool"
            allLabel="All tools"
            value={filter.tool}
            options={options.tools
              .map(tool => ({
                value: tool,
                label: toolNames.get(tool.toLocaleLowerCase('en-US')) ?? tool,
              }))
              .sort((a, b) => a.label.localeCompare(b.label))}
            onChange={tool => setFilter(f => ({ ...f, tool }))}
          />
          <FilterSelect
            label="Conference"
            allLabel="All conferences"
            value={filter.conference}
            options={options.conferences.map(c => ({
              value: c.entityRef,
              label: c.title,
            }))}
            onChange={conference => setFilter(f => ({ ...f, conference }))}
          />
          <FilterSelect
            label="Year"
            allLabel="All years"
            value={filter.year?.toString()}
            options={options.years.map(year => ({
              value: String(year),
              label: String(year),
            }))}
            onChange={year =>
              setFilter(f => ({
                ...f,
                year: year === undefined ? undefined : Number(year),
              }))
            }
          />
        </Box>
        {all.ageNote && (
          <Typography variant="body2" color="textSecondary" paragraph>
            {all.ageNote}
          </Typography>
        )}
        <RelevantItemsTable
          title={`${rows.length} of ${all.items.length} takeaways and talks, best match first`}
          items={rows}
          toolNames={toolNames}
        />
      </Grid>
    </Grid>
  );
}
