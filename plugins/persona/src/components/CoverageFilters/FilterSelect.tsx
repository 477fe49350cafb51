import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { personaTranslationRef } from '../../translation';

const ALL = '';

/**
 * A select of one filter, with an "All" choice that clears it. Options are
 * machine values, shown as `labelOf` reads them.
 */
export function FilterSelect(props: {
  /** Stays the same in every language, unlike the label. */
  id: string;
  label: string;
  value?: string;
  options: string[];
  labelOf?: (value: string) => string;
  onChange: (value?: string) => void;
}) {
  const { id, label, value, options, labelOf = v => v, onChange } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const choices =
    value && !options.includes(value) ? [...options, value] : options;
  return (
    <TextField
      select
      id={id}
      fullWidth
      variant="outlined"
      size="small"
      label={label}
      value={value ?? ALL}
      onChange={event => onChange(event.target.value || undefined)}
    >
      <MenuItem value={ALL}>{t('filters.all')}</MenuItem>
      {choices.map(choice => (
        <MenuItem key={choice} value={choice}>
          {labelOf(choice)}
        </MenuItem>
      ))}
    </TextField>
  );
}
