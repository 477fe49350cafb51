import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import { personaTranslationRef } from '../../translation';

/** The switch that adds what a Group's sub-teams hold to its map. */
export function IncludeSubTeamsSwitch(props: {
  checked: boolean;
  onChange: (include: boolean) => void;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Box ml="auto">
      <FormControlLabel
        control={
          <Switch
            color="primary"
            checked={props.checked}
            onChange={(_e, checked) => props.onChange(checked)}
          />
        }
        label={t('responsibilityMap.includeSubTeams')}
      />
    </Box>
  );
}
