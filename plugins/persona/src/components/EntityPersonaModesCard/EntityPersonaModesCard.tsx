import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { listTotal } from '../../hooks/listTotal';
import { personaTranslationRef } from '../../translation';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { ModeComponents } from './ModeComponents';

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
 * the Persona's page. A list the view cut short counts in full and grows
 * page by page.
 *
 * @public
 */
export function EntityPersonaModesCard(props: EntityPersonaModesCardProps) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <PersonaDetailCard title={props.title ?? t('modesCard.title')}>
      {({ entityRef, components, componentPages }) => {
        const modes = PERSONA_MODES.filter(
          mode => listTotal(components[mode], componentPages?.[mode]) > 0,
        );
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
          <ModeComponents
            key={mode}
            entityRef={entityRef}
            mode={mode}
            components={components[mode]}
            page={componentPages?.[mode]}
          />
        ));
      }}
    </PersonaDetailCard>
  );
}
