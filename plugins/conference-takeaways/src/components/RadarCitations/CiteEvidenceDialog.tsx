import { useApi } from '@backstage/core-plugin-api';
import { RadarHistoryResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useState } from 'react';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { CitingMove, citableEntries } from '../../lib/radarCitations';
import { RadarActionDialog } from './RadarActionDialog';
import { RadarEntryField } from './RadarEntryField';
import { SelectField } from './SelectField';

/**
 * Cites a takeaway or talk as evidence for a move of a radar entry. Offers
 * the entry of the item's subject tool and its current move first; moves
 * that already cite the item cannot be picked.
 */
export function CiteEvidenceDialog(props: {
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
    <RadarActionDialog
      title="Cite as radar evidence"
      intro={`“${props.itemTitle}” becomes evidence for the chosen move, on the radar, the tool page and here, at once.`}
      submitLabel="Cite"
      canSubmit={!!entry && !!moveDate && !running}
      onSubmit={run}
      onClose={onClose}
    >
      <RadarEntryField
        entries={entries}
        value={entryId}
        onChange={id => {
          setEntryId(id);
          setMoveDate(firstOpen(id));
        }}
      />
      <SelectField
        label="Move"
        placeholder="Choose a move"
        value={moveDate}
        onChange={setMoveDate}
        disabled={!entry}
      >
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
      </SelectField>
    </RadarActionDialog>
  );
}
