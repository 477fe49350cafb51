import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { personaTranslationRef } from '../../translation';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { HoldersTable } from './HoldersTable';

/**
 * Props of {@link EntityPersonaHoldersCard}.
 *
 * @public
 */
export type EntityPersonaHoldersCardProps = {
  title?: string;
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The Groups and Users that hold a Persona directly, for the Persona's page.
 * A group's members are counted as the org plugin counts them (its direct
 * members), with the members of its sub-groups beside when there are more.
 *
 * @public
 */
export function EntityPersonaHoldersCard(props: EntityPersonaHoldersCardProps) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <PersonaDetailCard title={props.title ?? t('holdersCard.title')}>
      {view =>
        view.holders.length === 0 ? (
          <PersonaEmptyState
            title={t('holdersCard.emptyTitle')}
            description={t('holdersCard.emptyDescription')}
            docsUrl={props.docsUrl}
            showExample={false}
          />
        ) : (
          <HoldersTable
            entityRef={view.entityRef}
            holders={view.holders}
            page={view.holderPage}
          />
        )
      }
    </PersonaDetailCard>
  );
}
