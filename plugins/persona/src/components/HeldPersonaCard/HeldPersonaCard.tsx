import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  HeldPersona,
  PERSONA_MODES,
  PersonaMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { listTotal } from '../../hooks/listTotal';
import { personaTranslationRef } from '../../translation';
import { HoldingSources } from '../HoldingSources';
import { PersonaFacts } from '../PersonaFacts';
import { PersonaRefLink } from '../PersonaRefLink';
import { Responsibilities } from './Responsibilities';

/**
 * One persona that a User or Group holds: how it holds it, its
 * responsibilities in full, its facts, and how many components it builds,
 * enables and consumes there — the components themselves are in the
 * responsibility map above the cards, each once. A list the view cut short
 * counts in full.
 */
export function HeldPersonaCard(props: { held: HeldPersona }) {
  const { persona, sources, components, componentPages } = props.held;
  const { t } = useTranslationRef(personaTranslationRef);
  const totals = (mode: PersonaMode) =>
    listTotal(components[mode], componentPages?.[mode]);
  const modes = PERSONA_MODES.filter(mode => totals(mode) > 0);
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
      <Typography variant="subtitle2">
        {t('heldPersonaCard.howItIsHeld')}
      </Typography>
      <HoldingSources sources={sources} />
      <Box mt={1}>
        <Typography variant="subtitle2" gutterBottom>
          {t('heldPersonaCard.responsibilities')}
        </Typography>
        <Responsibilities responsibilities={persona.responsibilities} />
      </Box>
      <Box
        mt={1}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 4 }}
      >
        {modes.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('heldPersonaCard.noComponents')}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" color="textSecondary">
              {t('heldPersonaCard.componentCounts')}:
            </Typography>
            {modes.map(mode => (
              <Chip
                key={mode}
                size="small"
                variant="outlined"
                label={t('modes.withTotal', {
                  mode: t(`modes.${mode}`),
                  total: String(totals(mode)),
                })}
              />
            ))}
          </>
        )}
      </Box>
      <Box mt={1}>
        <PersonaFacts persona={persona} />
      </Box>
    </InfoCard>
  );
}
