import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { conferenceTakeawaysApiRef } from '../api';
import { ToolChip } from '../components/shared/ToolChip';
import { normalizeRef } from '../lib/entityRefs';
import { conferenceYearLoader, toolNameLoader } from './loaders';

/** A row shows at most this many tool chips; the rest are counted. */
export const MAX_TOOL_CHIPS = 4;
/** Names are looked up for at most this many of a row's tools. */
const MAX_TOOLS_NAMED = 30;

function Missing(props: { label: string }) {
  return (
    <Typography variant="body2" color="textSecondary" component="span">
      {props.label}
    </Typography>
  );
}

/** The conference a talk or takeaway points to, by its title. */
export function ConferenceCell(props: { conferenceRef?: string }) {
  const ref = normalizeRef(props.conferenceRef, 'conference');
  if (!ref) {
    return <Missing label="Not identified" />;
  }
  return <EntityRefLink entityRef={ref} defaultKind="conference" />;
}

/**
 * The year of the conference a talk or takeaway points to; `fallbackYear`
 * (e.g. the report's date) when the conference is unknown or hidden.
 */
export function ConferenceYearCell(props: {
  conferenceRef?: string;
  fallbackYear?: number;
}) {
  const catalogApi = useApi(catalogApiRef);
  const ref = normalizeRef(props.conferenceRef, 'conference');
  const { value, loading } = useAsync(
    async () => (ref ? conferenceYearLoader(catalogApi).load(ref) : undefined),
    [catalogApi, ref],
  );
  const year = value?.year ?? (loading ? undefined : props.fallbackYear);
  return year ? <>{year}</> : <Missing label={loading ? '' : '—'} />;
}

/**
 * Tools as chips with their display names, the highlighted ones (subjects)
 * first and in colour; beyond {@link MAX_TOOL_CHIPS} the rest are counted.
 */
export function ToolsCell(props: { tools?: string[]; highlighted?: string[] }) {
  const api = useApi(conferenceTakeawaysApiRef);
  const highlighted = new Set(props.highlighted ?? []);
  const tools = [
    ...new Set(
      [...(props.highlighted ?? []), ...(props.tools ?? [])].filter(
        tool => typeof tool === 'string' && tool !== '',
      ),
    ),
  ];
  const key = tools.slice(0, MAX_TOOLS_NAMED).join(',');
  const { value: loaded } = useAsync(
    async () => (key ? toolNameLoader(api).loadMany(key.split(',')) : []),
    [api, key],
  );
  if (tools.length === 0) {
    return <Missing label="—" />;
  }
  const nameOf = (slug: string, index: number) => {
    const name = loaded?.[index];
    return typeof name === 'string' ? name : slug;
  };
  const rest = tools
    .slice(MAX_TOOL_CHIPS)
    .map((slug, index) => nameOf(slug, index + MAX_TOOL_CHIPS));
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 4 }}>
      {tools.slice(0, MAX_TOOL_CHIPS).map((slug, index) => (
        <ToolChip
          key={slug}
          slug={slug}
          label={nameOf(slug, index)}
          color={highlighted.has(slug) ? 'primary' : 'default'}
        />
      ))}
      {rest.length > 0 && (
        <Typography
          variant="caption"
          color="textSecondary"
          title={rest.join(', ')}
        >
          +{rest.length} more
        </Typography>
      )}
    </Box>
  );
}
