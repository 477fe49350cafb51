import { stringifyEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { personaTranslationRef } from '../../translation';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { PersonaViewLoader } from '../PersonaViewLoader';
import { HolderPersonaTab } from './HolderPersonaTab';

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
 * The Personas tab of a Group or User page. It leads with a responsibility
 * map — how many components it builds, enables and consumes, then each
 * component once, with the personas it comes through and how (named, or the
 * selector that matched) — with a switch to include what a Group's sub-teams
 * hold. Below: what the sub-teams hold, the personas it maintains, and a card
 * per persona held: how (directly, inherited from a group some levels up, or
 * through membership), its responsibilities in full, channels and tools.
 *
 * @public
 */
export function EntityPersonaContent(props: EntityPersonaContentProps) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(personaTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const profile = (entity.spec as { profile?: { displayName?: string } })
    ?.profile;
  const name =
    entity.metadata.title ?? profile?.displayName ?? entity.metadata.name;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    <PersonaViewLoader entityRef={entityRef} name={name} type="holder">
      {view =>
        view.personas.length === 0 &&
        !view.ownedPersonas?.length &&
        !view.subTeams?.length ? (
          <PersonaEmptyState
            title={t('entityContent.emptyTitle', { name })}
            description={t('entityContent.emptyDescription', { kind })}
            docsUrl={props.docsUrl}
          />
        ) : (
          <HolderPersonaTab view={view} name={name} kind={kind} />
        )
      }
    </PersonaViewLoader>
  );
}
