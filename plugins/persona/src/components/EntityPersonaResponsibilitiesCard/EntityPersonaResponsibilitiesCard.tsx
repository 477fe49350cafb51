import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';
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
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <PersonaDetailCard title={props.title ?? t('responsibilitiesCard.title')}>
      {({ persona }) =>
        persona.responsibilities.length ? (
          <ResponsibilityList responsibilities={persona.responsibilities} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('responsibilitiesCard.empty')}
          </Typography>
        )
      }
    </PersonaDetailCard>
  );
}
