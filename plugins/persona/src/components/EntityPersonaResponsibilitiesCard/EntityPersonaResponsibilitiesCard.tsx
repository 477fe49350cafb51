import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { PersonaResponsibility } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { PersonaDetailCard } from '../PersonaDetailCard';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  item: {
    '& + &': { marginTop: theme.spacing(1.5) },
  },
  // A description is read in full: it wraps, and so does a long word or URL
  text: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
}));

/** Each responsibility with its whole description, in the persona's order. */
function Responsibilities(props: {
  responsibilities: PersonaResponsibility[];
}) {
  const classes = useStyles();
  return (
    <ul className={classes.list}>
      {props.responsibilities.map(responsibility => (
        <li key={responsibility.id} className={classes.item}>
          <Typography variant="body2" className={classes.text}>
            {responsibility.title}
          </Typography>
          {responsibility.description && (
            <Typography
              variant="body2"
              color="textSecondary"
              className={classes.text}
            >
              {responsibility.description}
            </Typography>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Props of {@link EntityPersonaResponsibilitiesCard}.
 *
 * @public
 */
export type EntityPersonaResponsibilitiesCardProps = {
  title?: string;
};

/**
 * The responsibilities that come with a Persona, each with its whole
 * description, for its entity page.
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
          <Responsibilities responsibilities={persona.responsibilities} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('responsibilitiesCard.empty')}
          </Typography>
        )
      }
    </PersonaDetailCard>
  );
}
