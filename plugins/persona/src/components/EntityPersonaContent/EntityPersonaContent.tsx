import { stringifyEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { personaTranslationRef } from '../../translation';
import { HeldPersonaCard } from '../HeldPersonaCard';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { PersonaViewLoader } from '../PersonaViewLoader';

/**
 * Props of {@link EntityPersonaContent}.
 *
 * @public
 */
export type EntityPersonaContentProps = {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The Personas tab of a Group or User page: every persona it holds, how
 * (directly, inherited from a parent group, or through membership), its
 * responsibilities, channels and tools, and the components it builds,
 * enables and consumes there.
 *
 * @public
 */
export function EntityPersonaContent(props: EntityPersonaContentProps) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(personaTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const name = entity.metadata.title ?? entity.metadata.name;
  return (
    <PersonaViewLoader entityRef={entityRef} type="holder">
      {view =>
        view.personas.length === 0 ? (
          <PersonaEmptyState
            title={t('entityContent.emptyTitle', { name })}
            description={t('entityContent.emptyDescription', {
              kind: entity.kind.toLocaleLowerCase('en-US'),
            })}
            docsUrl={props.docsUrl}
          />
        ) : (
          <Grid container spacing={3}>
            {view.personas.map(held => (
              <Grid item xs={12} key={held.persona.ref}>
                <HeldPersonaCard held={held} />
              </Grid>
            ))}
          </Grid>
        )
      }
    </PersonaViewLoader>
  );
}
