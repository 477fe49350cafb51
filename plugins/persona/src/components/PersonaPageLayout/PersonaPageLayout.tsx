import { Entity } from '@backstage/catalog-model';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';

/** One card of the overview, as the catalog's overview hands it on. */
export type PersonaPageLayoutCard = {
  type?: string;
  element: JSX.Element;
};

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexFlow: 'column nowrap',
    gap: theme.spacing(3),
    minWidth: 0,
  },
  errors: {
    display: 'flex',
    flexFlow: 'column nowrap',
    gap: theme.spacing(2),
  },
  cards: {
    display: 'grid',
    gap: theme.spacing(3),
    // minmax(0, …): a wide table scrolls inside its card instead of
    // widening the column
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignItems: 'start',
    [theme.breakpoints.up('md')]: {
      gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    },
  },
}));

/** The catalog-processing errors of the entity itself, as the catalog keeps them. */
function processingErrorsOf(entity: Entity): Error[] {
  const items =
    (
      entity as Entity & {
        status?: {
          items?: Array<{ type?: string; level?: string; error?: Error }>;
        };
      }
    ).status?.items ?? [];
  return items
    .filter(
      item =>
        item.level === 'error' &&
        item.type === 'backstage.io/catalog-processing' &&
        item.error,
    )
    .map(item => item.error!);
}

/**
 * The overview of a Persona page in the new frontend system. The catalog's
 * default layout puts `info` cards into a narrow sticky column, which leaves
 * a Persona's components table two thirds of the width; here every card is
 * in the main area: the `info` cards (About, the persona's facts,
 * responsibilities, holders) two abreast from medium screens on, the
 * `content` cards (components, relations) below them at full width. The
 * processing errors of an invalid Persona come first, above its last good
 * version, as on every entity page.
 */
export function PersonaPageLayout(props: { cards: PersonaPageLayoutCard[] }) {
  const classes = useStyles();
  const { entity } = useEntity();
  const errors = processingErrorsOf(entity);
  const halves = props.cards.filter(card => card.type === 'info');
  const wholes = props.cards.filter(card => card.type !== 'info');
  return (
    <div className={classes.root}>
      {errors.length > 0 && (
        <div className={classes.errors}>
          {errors.map((error, index) => (
            <ResponseErrorPanel key={index} error={error} />
          ))}
        </div>
      )}
      {halves.length > 0 && (
        <div className={classes.cards}>
          {halves.map((card, index) => (
            <Fragment key={card.element.key ?? index}>{card.element}</Fragment>
          ))}
        </div>
      )}
      {wholes.map((card, index) => (
        <Fragment key={card.element.key ?? index}>{card.element}</Fragment>
      ))}
    </div>
  );
}
