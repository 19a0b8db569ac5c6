import { RadarHistoryEntry } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { SelectField } from './SelectField';

/** Picks a radar entry. */
export function RadarEntryField(props: {
  entries: RadarHistoryEntry[];
  value: string;
  onChange: (entryId: string) => void;
}) {
  return (
    <SelectField
      label="Radar entry"
      placeholder="Choose an entry"
      value={props.value}
      onChange={props.onChange}
    >
      {props.entries.map(entry => (
        <option key={entry.id} value={entry.id}>
          {entry.title}
        </option>
      ))}
    </SelectField>
  );
}
