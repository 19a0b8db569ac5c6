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
import { CitingMove, citableEntries } from '../../lib/radarCitations';
import { RadarEntryField } from './RadarEntryField';

/**
 * Cites a takeaway or talk as evidence for a move of a radar entry. Offers
 * the entry of the item's subject tool and its current move first; moves
 * that already cite the item cannot be picked.
 */
export function CiteEvidenceDialog(props: {
  open: boolean;
  onClose: () => void;
  onCited: () => void;
  entityRef: string;
  itemTitle: string;
  subjectTools: string[];
  history: RadarHistoryResponse;
  cited: CitingMove[];
}) {
  const { history, cited, entityRef, onClose, onCited } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const fieldId = useId();
  const { entries, suggested } = citableEntries(history, props.subjectTools);
  const [entryId, setEntryId] = useState(suggested?.id ?? '');
  const entry = entries.find(e => e.id === entryId);
  const isCitedOn = (id: string, date: string) =>
    cited.some(move => move.entryId === id && move.moveDate === date);
  const isCited = (date: string) => isCitedOn(entryId, date);
  // the newest move that does not cite the item yet: usually the current one
  const firstOpen = (id: string) =>
    entries
      .find(e => e.id === id)
      ?.timeline.find(move => !isCitedOn(id, move.date))?.date ?? '';
  const [moveDate, setMoveDate] = useState(() => firstOpen(entryId));
  const rings = new Map(history.rings.map(ring => [ring.id, ring.name]));

  const { run, running } = useRadarAction(
    () => api.createRadarCitation({ entryId, moveDate, entityRef }),
    {
      success: `Cited on ${entry?.title ?? entryId}'s ${moveDate} move`,
      onDone: onCited,
    },
  );

  return (
    <Dialog open={props.open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Cite as radar evidence</DialogTitle>
      <DialogContent>
        <DialogContentText>
          “{props.itemTitle}” becomes evidence for the chosen move, on the
          radar, the tool page and here, at once.
        </DialogContentText>
        <RadarEntryField
          entries={entries}
          value={entryId}
          onChange={id => {
            setEntryId(id);
            setMoveDate(firstOpen(id));
          }}
        />
        <TextField
          id={`${fieldId}-1`}
          select
          fullWidth
          margin="normal"
          variant="outlined"
          label="Move"
          value={moveDate}
          onChange={event => setMoveDate(event.target.value)}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          disabled={!entry}
        >
          <option value="" disabled>
            Choose a move
          </option>
          {entry?.timeline.map((move, index) => (
            <option
              key={move.date}
              value={move.date}
              disabled={isCited(move.date)}
            >
              {move.date}: {rings.get(move.ringId) ?? move.ringId}
              {index === 0 ? ' (current)' : ''}
              {isCited(move.date) ? ' (already cited)' : ''}
            </option>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!entry || !moveDate || running}
          onClick={async () => {
            if (await run()) {
              onClose();
            }
          }}
        >
          Cite
        </Button>
      </DialogActions>
    </Dialog>
  );
}
