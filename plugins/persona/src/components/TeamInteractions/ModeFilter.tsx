import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import CheckIcon from '@material-ui/icons/Check';
import { TeamInteractionMode } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { INTERACTION_MODES, MODE_STYLES } from '../InteractionModes';

/**
 * A toggle chip per interaction mode, with the count of its interactions
 * and the colour the graph draws it in; at least one mode stays on.
 */
export function ModeFilter(props: {
  selected: TeamInteractionMode[];
  counts: Record<TeamInteractionMode, number>;
  onChange: (modes: TeamInteractionMode[]) => void;
}) {
  const { selected, counts, onChange } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const toggle = (mode: TeamInteractionMode) => {
    const next = selected.includes(mode)
      ? selected.filter(m => m !== mode)
      : INTERACTION_MODES.filter(m => m === mode || selected.includes(m));
    if (next.length > 0) onChange(next);
  };
  return (
    <Box
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      gridGap={8}
      role="group"
      aria-labelledby="interaction-mode-filter"
    >
      <Typography variant="body2" id="interaction-mode-filter">
        {t('teamInteractions.filterLabel')}
      </Typography>
      {INTERACTION_MODES.map(mode => {
        const on = selected.includes(mode);
        return (
          <Chip
            key={mode}
            clickable
            aria-pressed={on}
            role="button"
            onClick={() => toggle(mode)}
            icon={on ? <CheckIcon /> : undefined}
            variant={on ? 'default' : 'outlined'}
            label={`${t(`interactionModes.${mode}`)} (${counts[mode]})`}
            style={{ borderColor: MODE_STYLES[mode].color, borderWidth: 2 }}
          />
        );
      })}
    </Box>
  );
}
