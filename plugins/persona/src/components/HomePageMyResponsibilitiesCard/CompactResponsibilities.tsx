import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { PersonaResponsibility } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';

/** How many responsibilities a persona of the card shows before "+n more". */
export const SHOWN_RESPONSIBILITIES = 3;

/**
 * The first few responsibilities of a persona, by title, and how many more
 * it has — their titles in the tooltip; the persona's page has them all.
 */
export function CompactResponsibilities(props: {
  responsibilities: PersonaResponsibility[];
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  const { responsibilities } = props;
  if (responsibilities.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('homeCard.noResponsibilities')}
      </Typography>
    );
  }
  const shown = responsibilities.slice(0, SHOWN_RESPONSIBILITIES);
  const rest = responsibilities.slice(SHOWN_RESPONSIBILITIES);
  return (
    <Box
      component="ul"
      m={0}
      pl={2}
      aria-label={t('homeCard.responsibilities')}
    >
      {shown.map(responsibility => (
        <li key={responsibility.id}>
          <Typography variant="body2">{responsibility.title}</Typography>
        </li>
      ))}
      {rest.length > 0 && (
        <Box component="li" style={{ listStyle: 'none' }}>
          <Tooltip title={rest.map(r => r.title).join(' · ')}>
            <Typography variant="body2" color="textSecondary">
              {t('homeCard.moreResponsibilities', {
                count: rest.length,
              })}
            </Typography>
          </Tooltip>
        </Box>
      )}
    </Box>
  );
}
