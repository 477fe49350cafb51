import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  HeldPersona,
  PERSONA_MODES,
} from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { HoldingSources } from '../HoldingSources';
import { PersonaComponentsTable } from '../PersonaComponentsTable';
import { PersonaFacts } from '../PersonaFacts';
import { PersonaRefLink } from '../PersonaRefLink';
import { ResponsibilityList } from '../ResponsibilityList';

/**
 * One persona that a User or Group holds: how it holds it, what comes with
 * it, and what it builds, enables and consumes for that User or Group.
 */
export function HeldPersonaCard(props: { held: HeldPersona }) {
  const { persona, sources, components } = props.held;
  const { t } = useTranslationRef(personaTranslationRef);
  const modes = PERSONA_MODES.filter(mode => components[mode].length > 0);
  return (
    <InfoCard
      title={<PersonaRefLink entityRef={persona.ref} title={persona.title} />}
      subheader={[persona.type, persona.framework].filter(Boolean).join(' · ')}
    >
      {persona.description && (
        <Typography variant="body2" paragraph>
          {persona.description}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          <Typography variant="h6">
            {t('heldPersonaCard.howItIsHeld')}
          </Typography>
          <HoldingSources sources={sources} />
          <PersonaFacts persona={persona} />
        </Grid>
        <Grid item xs={12} md={6}>
          <Typography variant="h6">
            {t('heldPersonaCard.responsibilities')}
          </Typography>
          <ResponsibilityList responsibilities={persona.responsibilities} />
        </Grid>
      </Grid>
      {modes.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('heldPersonaCard.noComponents')}
        </Typography>
      )}
      {modes.map(mode => (
        <Box key={mode} mt={2}>
          <PersonaComponentsTable
            title={t('modes.withTotal', {
              mode: t(`modes.${mode}`),
              total: String(components[mode].length),
            })}
            components={components[mode]}
          />
        </Box>
      ))}
    </InfoCard>
  );
}
