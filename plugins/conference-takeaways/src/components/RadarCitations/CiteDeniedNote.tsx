import Typography from '@material-ui/core/Typography';

/** The reason radar actions are disabled, in words next to the buttons. */
export function CiteDeniedNote(props: { reason?: string }) {
  if (!props.reason) {
    return null;
  }
  return (
    <Typography
      variant="caption"
      color="textSecondary"
      component="p"
      role="note"
    >
      {props.reason}
    </Typography>
  );
}
