import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ComponentPersonaRole } from '@platform-personas/backstage-plugin-persona-common';
import { useViewListPages } from '../../hooks/useViewListPages';
import { personaTranslationRef } from '../../translation';
import { ShowMoreButton } from '../ShowMoreButton';
import { TitledRefLinks, ViewTitlesProvider } from '../ViewTitles';

/**
 * The holders of a persona for a component, in a cell of the roles table;
 * when the view cut them short, "Show more" adds the next page, named by
 * the titles that page brought.
 */
export function RoleHolders(props: {
  entityRef: string;
  role: ComponentPersonaRole;
}) {
  const { role } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const pages = useViewListPages(
    props.entityRef,
    role.holders,
    role.holderPage,
  );
  if (pages.total === 0) return <>{t('rolesTable.nobodyHoldsIt')}</>;
  return (
    <ViewTitlesProvider titles={pages.titles}>
      <TitledRefLinks entityRefs={pages.items} defaultKind="group" />
      <ShowMoreButton pages={pages} />
    </ViewTitlesProvider>
  );
}
