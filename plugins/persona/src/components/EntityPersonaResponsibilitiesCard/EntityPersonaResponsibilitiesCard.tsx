import Typography from '@material-ui/core/Typography';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { ResponsibilityList } from '../ResponsibilityList';

/**
 * Props of {@link EntityPersonaResponsibilitiesCard}.
 *
 * @public
 */
export type EntityPersonaResponsibilitiesCardProps = {
  title?: string;
};

/**
 * The responsibilities that come with a Persona, for its entity page.
 *
 * @public
 */
export function EntityPersonaResponsibilitiesCard(
  props: EntityPersonaResponsibilitiesCardProps,
) {
  return (
    <PersonaDetailCard title={props.title ?? 'Responsibilities'}>
      {({ persona }) =>
        persona.responsibilities.length ? (
          <ResponsibilityList responsibilities={persona.responsibilities} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            This persona lists no responsibilities yet.
          </Typography>
        )
      }
    </PersonaDetailCard>
  );
}
