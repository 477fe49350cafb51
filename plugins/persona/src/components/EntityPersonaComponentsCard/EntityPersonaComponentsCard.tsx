import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { ComponentRolesTable } from '../ComponentRolesTable';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { PersonaViewLoader } from '../PersonaViewLoader';

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
 * A card for Component, Resource, System and API pages: who builds, enables and
 * consumes the entity, through which persona, and which teams and people
 * hold that persona.
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
      <PersonaViewLoader entityRef={entityRef} type="component">
        {view => {
          const modes = PERSONA_MODES.filter(
            mode => view.modes[mode].length > 0,
          );
          if (modes.length === 0) {
            return (
              <PersonaEmptyState
                title={t('componentsCard.emptyTitle', { name })}
                description={t('componentsCard.emptyDescription')}
                docsUrl={props.docsUrl}
              />
            );
          }
          return modes.map(mode => (
            <Box key={mode} mb={2}>
              <ComponentRolesTable
                title={t(`inverseModes.${mode}`)}
                roles={view.modes[mode]}
              />
            </Box>
          ));
        }}
      </PersonaViewLoader>
    </InfoCard>
  );
}
