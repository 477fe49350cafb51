import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { personaTranslationRef } from '../../translation';
import { PersonaViewLoader } from '../PersonaViewLoader';
import { ComponentViewBody } from './ComponentViewBody';

/**
 * Props of {@link EntityPersonaComponentsCard}.
 *
 * @public
 */
export type EntityPersonaComponentsCardProps = {
  title?: string;
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * A card for Component, Resource, System, Domain and API pages: who builds,
 * enables and consumes the entity, through which persona, and which teams and
 * people hold that persona. A System's card rolls up its components (a
 * Domain's, its systems' components): who builds, enables and consumes the
 * parts, and through which part.
 *
 * @public
 */
export function EntityPersonaComponentsCard(
  props: EntityPersonaComponentsCardProps,
) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(personaTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const name = entity.metadata.title ?? entity.metadata.name;
  return (
    <InfoCard
      title={props.title ?? t('componentsCard.title')}
      subheader={t('componentsCard.subheader')}
    >
      <PersonaViewLoader entityRef={entityRef} name={name} type="component">
        {view => (
          <ComponentViewBody view={view} name={name} docsUrl={props.docsUrl} />
        )}
      </PersonaViewLoader>
    </InfoCard>
  );
}
