import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaFacts } from '../PersonaFacts';

/**
 * Props of {@link EntityPersonaAboutCard}.
 *
 * @public
 */
export type EntityPersonaAboutCardProps = {
  title?: string;
};

/**
 * The About card of a Persona page: its description, type, framework, owner,
 * how it interacts with the platform, its channels and tools.
 *
 * @public
 */
export function EntityPersonaAboutCard(props: EntityPersonaAboutCardProps) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <PersonaDetailCard title={props.title ?? t('aboutCard.title')}>
      {({ persona }) => (
        <>
          {persona.description && (
            <Typography variant="body2" paragraph>
              {persona.description}
            </Typography>
          )}
          <PersonaFacts persona={persona} showOwner />
        </>
      )}
    </PersonaDetailCard>
  );
}
