import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { ComponentRolesTable } from '../ComponentRolesTable';
import { INVERSE_MODE_TITLES } from '../modeTitles';
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
 * A card for Component, Resource and System pages: who builds, enables and
 * consumes the entity, through which persona, and which teams and people
 * hold that persona.
 *
 * @public
 */
export function EntityPersonaComponentsCard(
  props: EntityPersonaComponentsCardProps,
) {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const name = entity.metadata.title ?? entity.metadata.name;
  return (
    <InfoCard
      title={props.title ?? 'Personas'}
      subheader="Who builds, enables and consumes it"
    >
      <PersonaViewLoader entityRef={entityRef} type="component">
        {view => {
          const modes = PERSONA_MODES.filter(
            mode => view.modes[mode].length > 0,
          );
          if (modes.length === 0) {
            return (
              <PersonaEmptyState
                title={`No persona builds, enables or consumes ${name}`}
                description="Name it in the builds, enables or consumes list of a Persona, or match it with a selector there."
                docsUrl={props.docsUrl}
              />
            );
          }
          return modes.map(mode => (
            <Box key={mode} mb={2}>
              <ComponentRolesTable
                title={INVERSE_MODE_TITLES[mode]}
                roles={view.modes[mode]}
              />
            </Box>
          ));
        }}
      </PersonaViewLoader>
    </InfoCard>
  );
}
