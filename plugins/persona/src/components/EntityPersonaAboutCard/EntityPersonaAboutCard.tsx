import Typography from '@material-ui/core/Typography';
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
  return (
    <PersonaDetailCard title={props.title ?? 'About'}>
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
