import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';

/** The personas a User or Group maintains: the Personas whose owner it is. */
export function OwnedPersonasCard(props: {
  personas: PersonaSummary[];
  name: string;
  kind: string;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <InfoCard
      title={t('ownedPersonas.title', { name: props.name })}
      subheader={t('ownedPersonas.subheader', { kind: props.kind })}
    >
      <List dense disablePadding>
        {props.personas.map(persona => (
          <ListItem key={persona.ref} disableGutters>
            <Typography variant="body2">
              <PersonaRefLink entityRef={persona.ref} title={persona.title} />
              <Typography
                component="span"
                variant="body2"
                color="textSecondary"
              >
                {' '}
                ·{' '}
                {[persona.type, persona.framework].filter(Boolean).join(' · ')}
              </Typography>
            </Typography>
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
