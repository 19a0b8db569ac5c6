import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useApi } from '@backstage/core-plugin-api';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { conferenceTakeawaysApiRef } from '../../api';
import { ToolTrendRow, ToolTrends } from '../../lib/toolTrends';

/** Tools shown until the user picks others. */
export const DEFAULT_CHART_TOOLS = 8;

/** A colour-blind friendly categorical palette (Okabe–Ito, then extras). */
const COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];

interface ChartRow {
  /** Short x axis label, e.g. `KubeCon Europe 2022`. */
  label: string;
  title: string;
  counts: Record<string, number>;
}

function toChartRow(row: ToolTrendRow): ChartRow {
  const { title } = row.conference;
  // The full series name repeats on every tick; keep the part that differs.
  const label = title.replace(/^KubeCon \+ CloudNativeCon\b/, 'KubeCon');
  return { label, title, counts: row.counts };
}

/**
 * Slugs of the charted tools that nearly everyone runs (Kubernetes): they
 * would flatten the rest. The backend knows, from the configured dictionary;
 * until it answers (or when it cannot), no tool is treated as background.
 */
function useUbiquitousTools(slugs: string[]): Set<string> {
  const api = useApi(conferenceTakeawaysApiRef);
  const key = slugs.join(',');
  const { value } = useAsync(
    () => api.getToolSummaries(key ? key.split(',') : []),
    [api, key],
  );
  return useMemo(
    () => new Set(value?.tools.filter(t => t.ubiquitous).map(t => t.slug)),
    [value],
  );
}

/**
 * How many takeaways were about each tool, per conference in date order.
 * Starts with the most discussed tools; people can pick their own.
 */
export function ToolTrendsChart(props: { trends: ToolTrends }) {
  const { trends } = props;
  const allTools = trends.tools.map(t => t.slug);
  const totals = new Map(trends.tools.map(t => [t.slug, t.count]));
  const [picked, setPicked] = useState<string[] | undefined>(undefined);
  const ubiquitous = useUbiquitousTools(allTools);
  const selected =
    picked ??
    allTools
      .filter(slug => !ubiquitous.has(slug))
      .slice(0, DEFAULT_CHART_TOOLS);
  const data = useMemo(() => trends.rows.map(toChartRow), [trends.rows]);

  return (
    <InfoCard title="Tools discussed per conference">
      <Box mb={2} maxWidth={720}>
        <Autocomplete
          multiple
          id="conference-takeaways-chart-tools"
          options={allTools}
          value={selected}
          onChange={(_event, value) => setPicked(value)}
          getOptionLabel={slug => `${slug} (${totals.get(slug) ?? 0})`}
          filterSelectedOptions
          renderInput={params => (
            <TextField
              {...params}
              variant="outlined"
              size="small"
              label="Tools in chart"
            />
          )}
        />
      </Box>
      <figure
        style={{ margin: 0 }}
        aria-label="Takeaways about each tool, per conference"
      >
        <ResponsiveContainer width="100%" height={360}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 32, bottom: 8, left: 24 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="label"
              interval={0}
              angle={-30}
              textAnchor="end"
              height={80}
            />
            <YAxis allowDecimals={false} />
            <Tooltip
              labelFormatter={(label, payload) =>
                (payload?.[0]?.payload as ChartRow | undefined)?.title ?? label
              }
            />
            <Legend />
            {selected.map(slug => (
              <Line
                key={slug}
                name={slug}
                type="linear"
                dataKey={(row: ChartRow) => row.counts[slug] ?? 0}
                stroke={COLORS[allTools.indexOf(slug) % COLORS.length]}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
        <Typography
          variant="caption"
          color="textSecondary"
          component="figcaption"
        >
          Number of takeaways whose subject is the tool, per conference, oldest
          first. A takeaway about two tools counts for both.
        </Typography>
      </figure>
    </InfoCard>
  );
}
