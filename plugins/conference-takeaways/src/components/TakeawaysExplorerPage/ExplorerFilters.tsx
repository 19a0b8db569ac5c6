import { Link } from '@backstage/core-components';
import { ExploreFacets } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { useToolLink } from '../../hooks/useToolLink';
import { FilterSelect } from '../shared';
import { ExplorerParams } from './useExplorerParams';

/** Typing pauses this long before the list asks the backend again. */
const SEARCH_DELAY_MS = 300;

function withCount(label: string, count: number) {
  return `${label} (${count})`;
}

/**
 * Free-text search and the tool, conference and year filters, each option
 * with how many items it would leave. The chosen value stays listed even
 * when the current answer has no count for it.
 */
export function ExplorerFilters(props: {
  params: ExplorerParams;
  facets?: ExploreFacets;
  searchLabel: string;
  onChange: (change: Partial<ExplorerParams>) => void;
}) {
  const { params, facets, searchLabel, onChange } = props;
  const toolLink = useToolLink();
  const [text, setText] = useState(params.q ?? '');
  // a link or the back button can change the query under the field
  useEffect(() => setText(params.q ?? ''), [params.q]);
  useDebounce(
    () => {
      if (text !== (params.q ?? '')) {
        onChange({ q: text });
      }
    },
    SEARCH_DELAY_MS,
    [text],
  );

  const tools = (facets?.tools ?? []).map(tool => ({
    value: tool.slug,
    label: withCount(tool.name, tool.count),
  }));
  if (params.tool && !tools.some(t => t.value === params.tool)) {
    tools.unshift({ value: params.tool, label: params.tool });
  }
  const conferences = (facets?.conferences ?? []).map(c => ({
    value: c.entityRef,
    label: withCount(c.title, c.count),
  }));
  if (
    params.conference &&
    !conferences.some(c => c.value === params.conference)
  ) {
    conferences.unshift({ value: params.conference, label: params.conference });
  }
  const years = (facets?.years ?? []).map(y => ({
    value: String(y.year),
    label: withCount(String(y.year), y.count),
  }));
  if (params.year && !years.some(y => y.value === String(params.year))) {
    years.unshift({ value: String(params.year), label: String(params.year) });
  }
  const toolName = facets?.tools.find(t => t.slug === params.tool)?.name;

  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 16 }}>
      <TextField
        id="conference-takeaways-search"
        label={searchLabel}
        type="search"
        variant="outlined"
        size="small"
        value={text}
        onChange={event => setText(event.target.value)}
        inputProps={{ maxLength: 200 }}
      />
      <FilterSelect
        label="Tool"
        allLabel="All tools"
        value={params.tool}
        options={tools}
        onChange={tool => onChange({ tool })}
      />
      <FilterSelect
        label="Conference"
        allLabel="All conferences"
        value={params.conference}
        options={conferences}
        onChange={conference => onChange({ conference })}
      />
      <FilterSelect
        label="Year"
        allLabel="All years"
        value={params.year?.toString()}
        options={years}
        onChange={year =>
          onChange({ year: year === undefined ? undefined : Number(year) })
        }
      />
      {params.tool && toolLink && (
        <Link to={toolLink(params.tool)}>
          Everything about {toolName ?? params.tool}: radar, users, talks
        </Link>
      )}
    </Box>
  );
}
