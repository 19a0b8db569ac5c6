import { useApi } from '@backstage/core-plugin-api';
import { RadarHistoryResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import TextField from '@material-ui/core/TextField';
import { useId, useState } from 'react';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { citableEntries } from '../../lib/radarCitations';
import { RadarActionDialog } from './RadarActionDialog';
import { RadarEntryField } from './RadarEntryField';
import { SelectField } from './SelectField';

/** Long enough for a paragraph of reasons, short enough to read in a list. */
const MAX_RATIONALE = 2000;

/**
 * Proposes a new ring for a radar entry, with the takeaway or talk the page
 * shows as its evidence. Proposals wait on the tool page for the radar's
 * owners.
 */
export function ProposeMoveDialog(props: {
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
    <RadarActionDialog
      title="Propose a radar move"
      intro={`The radar's owners see the proposal on the tool page, with “${props.itemTitle}” as its evidence.`}
      submitLabel="Propose"
      canSubmit={!!entry && !!ringId && !!rationale.trim() && !running}
      onSubmit={run}
      onClose={onClose}
    >
      <RadarEntryField
        entries={entries}
        value={entryId}
        onChange={id => {
          setEntryId(id);
          setRingId('');
        }}
      />
      <SelectField
        label="New ring"
        placeholder="Choose a ring"
        value={ringId}
        onChange={setRingId}
        disabled={!entry}
      >
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
      </SelectField>
      <TextField
        id={`${fieldId}-rationale`}
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
        id={`${fieldId}-evidence`}
        fullWidth
        margin="normal"
        variant="outlined"
        label="Evidence"
        value={entityRef}
        InputProps={{ readOnly: true }}
        helperText="This page's item; more can be cited on the tool page"
      />
    </RadarActionDialog>
  );
}
