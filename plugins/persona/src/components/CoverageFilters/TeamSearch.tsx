import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import IconButton from '@material-ui/core/IconButton';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import ClearIcon from '@material-ui/icons/Clear';
import SearchIcon from '@material-ui/icons/Search';
import { personaTranslationRef } from '../../translation';

/** The search box that narrows the matrix rows to the teams it matches. */
export function TeamSearch(props: {
  value: string;
  onChange: (search: string) => void;
}) {
  const { value, onChange } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <TextField
      id="persona-coverage-team-search"
      fullWidth
      variant="outlined"
      size="small"
      label={t('filters.teamSearch')}
      placeholder={t('filters.teamSearchPlaceholder')}
      value={value}
      onChange={event => onChange(event.target.value)}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
        endAdornment: value ? (
          <InputAdornment position="end">
            <IconButton
              size="small"
              aria-label={t('filters.clearTeamSearch')}
              onClick={() => onChange('')}
            >
              <ClearIcon fontSize="small" />
            </IconButton>
          </InputAdornment>
        ) : undefined,
      }}
    />
  );
}
