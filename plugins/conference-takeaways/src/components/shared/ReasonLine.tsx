import { RelevanceExplanation } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  line: { cursor: 'help' },
  details: { margin: 0, paddingLeft: 16 },
});

/**
 * Why an item was ranked, in one plain line; the full explanation shows on
 * hover or keyboard focus.
 */
export function ReasonLine(props: { explanation: RelevanceExplanation }) {
  const { line, details } = props.explanation;
  const classes = useStyles();
  if (details.length === 0) {
    return <Typography variant="body2">{line}</Typography>;
  }
  return (
    <Tooltip
      title={
        <ul className={classes.details}>
          {details.map(detail => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      }
    >
      <Typography
        variant="body2"
        className={classes.line}
        tabIndex={0}
        aria-label={`${line}. ${details.join(' ')}`}
      >
        {line}
      </Typography>
    </Tooltip>
  );
}
