import { ExploreTrends } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { alpha, makeStyles, Theme, useTheme } from '@material-ui/core/styles';
import { ToolChip } from '../shared';

// on a phone the cells shed their padding so five or six years fit the
// screen instead of the newest ones scrolling out of view
const compact = (theme: Theme) => ({
  [theme.breakpoints.down('xs')]: {
    minWidth: 0,
    padding: theme.spacing(0.5, 0.75),
  },
});

const useStyles = makeStyles(theme => ({
  scroll: { overflowX: 'auto' },
  table: { width: 'auto' },
  tool: {
    whiteSpace: 'nowrap',
    paddingRight: theme.spacing(3),
    ...compact(theme),
  },
  year: {
    whiteSpace: 'nowrap',
    textAlign: 'center',
    minWidth: 56,
    ...compact(theme),
  },
  cell: {
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
    border: `2px solid ${theme.palette.background.paper}`,
    ...compact(theme),
  },
}));

/**
 * Takeaways per tool per year as a grid of shaded counts: small numbers
 * read better as numbers than as lines piled up near zero, the labels are
 * ordinary text that never gets cut, and the shade only repeats the number.
 */
export function ToolTrendsHeatmap(props: { trends: ExploreTrends }) {
  const { years, series } = props.trends;
  const classes = useStyles();
  const max = Math.max(1, ...series.flatMap(s => s.counts));
  return (
    <div className={classes.scroll}>
      <Typography variant="body2" color="textSecondary" paragraph>
        Takeaways about each tool per conference year; darker means more. The{' '}
        {series.length} most discussed tools within the filters are shown.
      </Typography>
      <Table
        size="small"
        className={classes.table}
        aria-label="Takeaways per tool and year"
      >
        <TableHead>
          <TableRow>
            <TableCell>Tool</TableCell>
            {years.map(year => (
              <TableCell key={year} className={classes.year}>
                {year}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {series.map(s => (
            <TableRow key={s.slug}>
              <TableCell component="th" scope="row" className={classes.tool}>
                <ToolChip slug={s.slug} label={s.name} />
              </TableCell>
              {s.counts.map((count, i) => (
                <HeatCell
                  key={years[i]}
                  count={count}
                  share={count / max}
                  label={`${s.name}, ${years[i]}: ${count}`}
                />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function HeatCell(props: { count: number; share: number; label: string }) {
  const classes = useStyles();
  const theme = useTheme();
  const { count, share } = props;
  const colour = theme.palette.primary.main;
  return (
    <TableCell
      className={classes.cell}
      aria-label={props.label}
      style={
        count > 0
          ? {
              // at least a light tint for 1, full colour for the maximum
              backgroundColor: alpha(colour, 0.15 + 0.85 * share),
              color:
                share > 0.45
                  ? theme.palette.getContrastText(colour)
                  : theme.palette.text.primary,
              fontWeight: 600,
            }
          : undefined
      }
    >
      {count > 0 ? count : '·'}
    </TableCell>
  );
}
