import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ExploreToolSummary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { makeStyles, Theme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceTakeawaysApiRef } from '../../api';
import { ToolRing, useRadarRings } from '../../hooks/useRadarRings';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { useToolLink } from '../../hooks/useToolLink';
import { AddTripReportHint, RingChip } from '../shared';

interface Row extends ExploreToolSummary {
  id: string;
  ringView?: ToolRing;
}

const useStyles = makeStyles({
  // the theme gives chips a bottom margin, which would lift the chip above
  // the middle of the row and make the row taller than the others
  ring: { display: 'flex', '& > *': { margin: 0 } },
});

/** A phone's ring column: as wide as its chip. */
const tight = { paddingLeft: 4, paddingRight: 4 };

function useColumns(): TableColumn<Row>[] {
  const classes = useStyles();
  // on a phone: tool, ring and takeaways, all visible without scrolling
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  const toolLink = useToolLink();
  const explorerLink = useExplorerLink();
  // A count links to the explorer tab listing what it counts.
  const countColumn = (
    title: string,
    field: 'takeaways' | 'talks',
    tab: 'takeaways' | 'talks',
  ): TableColumn<Row> => ({
    title,
    field,
    type: 'numeric',
    render: row =>
      row[field] > 0 && explorerLink ? (
        <Link to={explorerLink({ tab, tool: row.slug })}>{row[field]}</Link>
      ) : (
        row[field]
      ),
  });
  const columns: TableColumn<Row>[] = [
    {
      title: 'Tool',
      field: 'name',
      highlight: true,
      // wide enough on a phone that names wrap between words only
      cellStyle: { minWidth: narrow ? 130 : 180 },
      render: row =>
        toolLink ? <Link to={toolLink(row.slug)}>{row.name}</Link> : row.name,
    },
    {
      title: narrow ? 'Ring' : 'Radar ring',
      ...(narrow && { cellStyle: tight, headerStyle: tight }),
      field: 'ring',
      render: row => {
        if (row.ringView) {
          return (
            <Box className={classes.ring}>
              <RingChip ring={row.ringView} />
            </Box>
          );
        }
        return row.ring ?? '—';
      },
    },
    countColumn('Takeaways', 'takeaways', 'takeaways'),
    countColumn('Talks', 'talks', 'talks'),
    {
      title: 'Last discussed',
      field: 'lastYear',
      type: 'numeric',
      render: row => row.lastYear ?? '—',
    },
  ];
  return narrow ? columns.slice(0, 3) : columns;
}

/**
 * Every tool that has takeaways, talks or a radar entry: how often it came
 * up, its ring, and when it was last discussed. Sorted by name; the table
 * sorts and searches in the browser (one row per tool, a bounded list).
 */
export function ToolsIndex(props: { docsUrl?: string }) {
  const api = useApi(conferenceTakeawaysApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getExploreTools(),
    [api],
  );
  const rings = useRadarRings();
  const columns = useColumns();

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <ResponseErrorPanel error={error} />
        <Button onClick={retry}>Retry</Button>
      </>
    );
  }
  if (!value || value.tools.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No tools yet"
        description={<AddTripReportHint docsUrl={props.docsUrl} />}
      />
    );
  }
  const rows: Row[] = value.tools.map(tool => ({
    ...tool,
    id: tool.slug,
    ringView: rings.get(tool.slug),
  }));
  return (
    <>
      <Typography variant="body1" color="textSecondary" paragraph>
        Every tool our trip reports or tech radar talk about. Open one for its
        radar history, the teams that use it and every takeaway about it.
      </Typography>
      <Table<Row>
        title={`${rows.length} tools`}
        columns={columns}
        data={rows}
        options={{
          paging: rows.length > 50,
          pageSize: 50,
          pageSizeOptions: [50, 100],
          padding: 'dense',
          searchFieldAlignment: 'left',
        }}
      />
    </>
  );
}
