import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import { personaPlugin } from '../../plugin';
import type { PersonaSearchResultListItemProps } from './PersonaSearchResultListItem';
import { PERSONA_SEARCH_DOCUMENT_TYPE as PERSONA_SEARCH_TYPE } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The search result of a Persona (type `persona`): its title linking to its
 * page, its responsibilities that match the search term and who holds it.
 * Put it among the children of the search page's `SearchResult`.
 *
 * @public
 */
export const PersonaSearchResultListItem: (
  props: PersonaSearchResultListItemProps,
) => JSX.Element | null = personaPlugin.provide(
  createSearchResultListItemExtension({
    name: 'PersonaSearchResultListItem',
    component: () =>
      import('./PersonaSearchResultListItem').then(
        m => m.PersonaSearchResultListItem,
      ),
    predicate: result => result.type === PERSONA_SEARCH_TYPE,
  }),
);
