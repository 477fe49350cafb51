import Box from '@material-ui/core/Box';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { MODE_TITLES } from '../modeTitles';
import { PersonaComponentsTable } from '../PersonaComponentsTable';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaEmptyState } from '../PersonaEmptyState';

/**
 * Props of {@link EntityPersonaModesCard}.
 *
 * @public
 */
export type EntityPersonaModesCardProps = {
  title?: string;
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * What a Persona builds, enables and consumes — named components and
 * selector matches alike — and for which of its holders each applies, for
 * the Persona's page.
 *
 * @public
 */
export function EntityPersonaModesCard(props: EntityPersonaModesCardProps) {
  return (
    <PersonaDetailCard title={props.title ?? 'Components'}>
      {({ components }) => {
        const modes = PERSONA_MODES.filter(mode => components[mode].length > 0);
        if (modes.length === 0) {
          return (
            <PersonaEmptyState
              title="This persona names no components"
              description="List what it works on under spec.builds, spec.enables or spec.consumes, as entity refs or as selectors."
              docsUrl={props.docsUrl}
              showExample={false}
            />
          );
        }
        return modes.map(mode => (
          <Box key={mode} mb={2}>
            <PersonaComponentsTable
              title={`${MODE_TITLES[mode]} (${components[mode].length})`}
              components={components[mode]}
              showAppliesTo
            />
          </Box>
        ));
      }}
    </PersonaDetailCard>
  );
}
