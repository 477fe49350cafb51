import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

const ALL = '';

/** A select of one filter, with an "All" choice that clears it. */
export function FilterSelect(props: {
  label: string;
  value?: string;
  options: string[];
  onChange: (value?: string) => void;
}) {
  const { label, value, options, onChange } = props;
  const choices =
    value && !options.includes(value) ? [...options, value] : options;
  return (
    <TextField
      select
      id={`persona-coverage-${label.toLocaleLowerCase('en-US')}`}
      fullWidth
      variant="outlined"
      size="small"
      label={label}
      value={value ?? ALL}
      onChange={event => onChange(event.target.value || undefined)}
    >
      <MenuItem value={ALL}>All</MenuItem>
      {choices.map(choice => (
        <MenuItem key={choice} value={choice}>
          {choice}
        </MenuItem>
      ))}
    </TextField>
  );
}
