import Typography from '@material-ui/core/Typography';

/**
 * What the extractor inferred rather than read from the report's metadata
 * (one fact per line of the annotation), shown small so it informs without
 * alarming.
 */
export function InferredFacts(props: { lines: string[] }) {
  if (props.lines.length === 0) {
    return null;
  }
  return (
    <Typography
      variant="caption"
      color="textSecondary"
      component="ul"
      aria-label="Inferred by the extractor"
      style={{ paddingLeft: 16, margin: 0 }}
    >
      {props.lines.map(line => (
        <li key={line}>Inferred — {line}</li>
      ))}
    </Typography>
  );
}
