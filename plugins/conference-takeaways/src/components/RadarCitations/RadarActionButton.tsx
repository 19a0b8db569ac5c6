import Button, { ButtonProps } from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';

/**
 * A button of a radar action (cite, remove, propose, withdraw). Disabled
 * while the action runs and for users without the permission, who get the
 * reason in a tooltip: a disabled button alone does not say why.
 */
export function RadarActionButton(
  props: Omit<ButtonProps, 'disabled'> & {
    allowed: boolean;
    /** Why the action is not allowed, shown on hover and focus. */
    reason?: string;
    running?: boolean;
  },
) {
  const { allowed, reason, running, ...buttonProps } = props;
  const button = (
    <Button
      size="small"
      color="primary"
      {...buttonProps}
      disabled={!allowed || running}
    />
  );
  if (allowed || !reason) {
    return button;
  }
  // a disabled button gets no pointer events: the span carries the tooltip
  return (
    <Tooltip title={reason}>
      <span>{button}</span>
    </Tooltip>
  );
}
