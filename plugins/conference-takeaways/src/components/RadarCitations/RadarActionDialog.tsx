import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import { ReactNode } from 'react';

/**
 * The frame of the cite and propose dialogs: a title, what will happen, the
 * fields, and a submit button that closes the dialog once the action
 * succeeded (on failure it stays open with what was entered).
 */
export function RadarActionDialog(props: {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  /** False while a field is missing or the action runs. */
  canSubmit: boolean;
  /** Runs the action; resolves to true when it succeeded. */
  onSubmit: () => Promise<boolean | undefined>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { onClose, onSubmit } = props;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{props.intro}</DialogContentText>
        {props.children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!props.canSubmit}
          onClick={async () => {
            if (await onSubmit()) {
              onClose();
            }
          }}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
