import { RadarHistoryEntry } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import TextField from '@material-ui/core/TextField';
import { useId } from 'react';

/** Picks a radar entry; a native select, easy on phones and keyboards. */
export function RadarEntryField(props: {
  entries: RadarHistoryEntry[];
  value: string;
  onChange: (entryId: string) => void;
}) {
  return (
    <TextField
      id={useId()}
      select
      fullWidth
      margin="normal"
      variant="outlined"
      label="Radar entry"
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      <option value="" disabled>
        Choose an entry
      </option>
      {props.entries.map(entry => (
        <option key={entry.id} value={entry.id}>
          {entry.title}
        </option>
      ))}
    </TextField>
  );
}
