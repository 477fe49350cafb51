import { CatalogIcon } from '@backstage/core-components';
import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';
import {
  PersonaIcon,
  PersonaSearchResultListItem,
} from '@platform-personas/backstage-plugin-persona';

/** The search result items, for the search page and the sidebar's search modal. */
export const searchResultItems = (
  <>
    <CatalogSearchResultListItem icon={<CatalogIcon />} />
    <PersonaSearchResultListItem icon={<PersonaIcon />} />
  </>
);
