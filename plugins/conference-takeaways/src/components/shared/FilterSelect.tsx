import TextField from '@material-ui/core/TextField';

/** Value of the "everything" option; never a tool slug, ref or year. */
const ALL = '';

/**
 * A labelled native select with an "all" option. Native selects keep the
 * label attached to the control, for screen readers and tests alike.
 */
export function FilterSelect(props: {
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  allLabel?: string;
  onChange: (value: string | undefined) => void;
  /** Needed to tie the label to the control; derived from the label by default. */
  id?: string;
}) {
  const { label, value, options, allLabel = 'All', onChange } = props;
  const id =
    props.id ??
    `conference-takeaways-${label
      .toLocaleLowerCase('en-US')
      .replace(/\W+/g, '-')}`;
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value ?? ALL}
      onChange={event =>
        onChange(event.target.value === ALL ? undefined : event.target.value)
      }
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      style={{ minWidth: 180 }}
    >
      <option value={ALL}>{allLabel}</option>
      {options.map(option => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
