import TextField from '@material-ui/core/TextField';
import { ReactNode, useId } from 'react';

/**
 * A labelled native select with a disabled "choose" first option: native
 * selects are easy on phones and with keyboards.
 */
export function SelectField(props: {
  label: string;
  /** Shown while nothing is chosen. */
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <TextField
      id={useId()}
      select
      fullWidth
      margin="normal"
      variant="outlined"
      label={props.label}
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      disabled={props.disabled}
    >
      <option value="" disabled>
        {props.placeholder}
      </option>
      {props.children}
    </TextField>
  );
}
