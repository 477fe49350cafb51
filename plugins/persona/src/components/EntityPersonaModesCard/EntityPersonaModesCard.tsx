import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
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
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <PersonaDetailCard title={props.title ?? t('modesCard.title')}>
      {({ components }) => {
        const modes = PERSONA_MODES.filter(mode => components[mode].length > 0);
        if (modes.length === 0) {
          return (
            <PersonaEmptyState
              title={t('modesCard.emptyTitle')}
              description={t('modesCard.emptyDescription')}
              docsUrl={props.docsUrl}
              showExample={false}
            />
          );
        }
        return modes.map(mode => (
          <Box key={mode} mb={2}>
            <PersonaComponentsTable
              title={t('modes.withTotal', {
                mode: t(`modes.${mode}`),
                total: String(components[mode].length),
              })}
              components={components[mode]}
              showAppliesTo
            />
          </Box>
        ));
      }}
    </PersonaDetailCard>
  );
}
