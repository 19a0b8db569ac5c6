import { useApi } from '@backstage/core-plugin-api';
import { RadarHistoryResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { useId, useState } from 'react';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { citableEntries } from '../../lib/radarCitations';
import { RadarEntryField } from './RadarEntryField';

/** Long enough for a paragraph of reasons, short enough to read in a list. */
const MAX_RATIONALE = 2000;

/**
 * Proposes a new ring for a radar entry, with the takeaway or talk the page
 * shows as its evidence. Proposals wait on the tool page for the radar's
 * owners.
 */
export function ProposeMoveDialog(props: {
  open: boolean;
  onClose: () => void;
  onProposed?: () => void;
  entityRef: string;
  itemTitle: string;
  subjectTools: string[];
  history: RadarHistoryResponse;
}) {
  const { history, entityRef, onClose, onProposed } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const fieldId = useId();
  const { entries, suggested } = citableEntries(history, props.subjectTools);
  const [entryId, setEntryId] = useState(suggested?.id ?? '');
  const [ringId, setRingId] = useState('');
  const [rationale, setRationale] = useState('');
  const entry = entries.find(e => e.id === entryId);
  const currentRing = entry?.timeline[0]?.ringId;

  const { run, running } = useRadarAction(
    () =>
      api.createRadarProposal({
        entryId,
        ringId,
        rationale: rationale.trim(),
        evidence: [entityRef],
      }),
    {
      success: `Proposed a move of ${
        entry?.title ?? entryId
      }: it is listed on its tool page`,
      onDone: onProposed,
    },
  );

  return (
    <Dialog open={props.open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Propose a radar move</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The radar's owners see the proposal on the tool page, with “
          {props.itemTitle}” as its evidence.
        </DialogContentText>
        <RadarEntryField
          entries={entries}
          value={entryId}
          onChange={id => {
            setEntryId(id);
            setRingId('');
          }}
        />
        <TextField
          id={`${fieldId}-1`}
          select
          fullWidth
          margin="normal"
          variant="outlined"
          label="New ring"
          value={ringId}
          onChange={event => setRingId(event.target.value)}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          disabled={!entry}
        >
          <option value="" disabled>
            Choose a ring
          </option>
          {history.rings.map(ring => (
            <option
              key={ring.id}
              value={ring.id}
              disabled={ring.id === currentRing}
            >
              {ring.name}
              {ring.id === currentRing ? ' (current)' : ''}
            </option>
          ))}
        </TextField>
        <TextField
          id={`${fieldId}-2`}
          fullWidth
          multiline
          minRows={3}
          margin="normal"
          variant="outlined"
          label="Rationale"
          value={rationale}
          onChange={event => setRationale(event.target.value)}
          inputProps={{ maxLength: MAX_RATIONALE }}
          helperText="Why the entry should move; plain text"
          required
        />
        <TextField
          id={`${fieldId}-3`}
          fullWidth
          margin="normal"
          variant="outlined"
          label="Evidence"
          value={entityRef}
          InputProps={{ readOnly: true }}
          helperText="This page's item; more can be cited on the tool page"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!entry || !ringId || !rationale.trim() || running}
          onClick={async () => {
            if (await run()) {
              onClose();
            }
          }}
        >
          Propose
        </Button>
      </DialogActions>
    </Dialog>
  );
}
