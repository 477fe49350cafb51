import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  PERSONA_MODES,
  PersonaMode,
  PersonaComponentPages,
  PersonaComponents,
} from '@platform-personas/backstage-plugin-persona-common';
import { listTotal } from '../../hooks/listTotal';
import { personaTranslationRef } from '../../translation';

/**
 * How many components a persona builds, enables and consumes for the user,
 * each count a link to where they are listed (the user's Personas tab) when
 * the app has one. A list the view cut short counts in full.
 */
export function ModeCounts(props: {
  components: PersonaComponents;
  pages?: PersonaComponentPages;
  to?: string;
}) {
  const { components, pages, to } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const totals = (mode: PersonaMode) =>
    listTotal(components[mode], pages?.[mode]);
  const modes = PERSONA_MODES.filter(mode => totals(mode) > 0);
  if (modes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('homeCard.noComponents')}
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {modes.map(mode => {
        const label = t('modes.withTotal', {
          mode: t(`modes.${mode}`),
          total: String(totals(mode)),
        });
        return to ? (
          <Link key={mode} to={to} underline="none">
            <Chip size="small" variant="outlined" clickable label={label} />
          </Link>
        ) : (
          <Chip key={mode} size="small" variant="outlined" label={label} />
        );
      })}
    </Box>
  );
}
