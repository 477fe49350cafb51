/**
 * The Personas plugin for the new frontend system.
 *
 * @packageDocumentation
 */

import {
  ApiBlueprint,
  createFrontendModule,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { IconBundleBlueprint } from '@backstage/plugin-app-react';
import { catalogGraphApiRef } from '@backstage/plugin-catalog-graph';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { PersonaClient, personaApiRef } from './api';
import { createPersonaCatalogGraphApi } from './catalogGraph';
import { PersonaIcon } from './components/PersonaIcon';
import { PERSONA_SEARCH_DOCUMENT_TYPE as PERSONA_SEARCH_TYPE } from '@platform-personas/backstage-plugin-persona-common';
import { homeExtensions } from './extensions/homeExtensions';
import { interactionExtensions } from './extensions/interactionExtensions';
import { authoringRouteRef, rootRouteRef, validateRouteRef } from './routes';
import {
  entityPersonaComponentsCard,
  entityPersonaContent,
  entityPersonaDiagramContent,
  entityPersonaFactsCard,
  entityPersonaHoldersCard,
  entityPersonaModesCard,
  entityPersonaPageLayout,
  entityPersonaResponsibilitiesCard,
} from './extensions/entityExtensions';

export { personaTranslationRef } from './translation';

const personaApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: personaApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PersonaClient({ discoveryApi, fetchApi }),
    }),
});

const personaExplorerPage = PageBlueprint.make({
  params: {
    path: '/personas',
    routeRef: rootRouteRef,
    title: 'Personas',
    icon: <PersonaIcon fontSize="inherit" />,
    loader: () =>
      import('./components/PersonaExplorerPage').then(m => (
        <m.PersonaExplorerContent />
      )),
  },
});

// The search page renders persona results with it, and offers Personas as a
// result type
const personaSearchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    icon: <PersonaIcon />,
    predicate: result => result.type === PERSONA_SEARCH_TYPE,
    component: () =>
      import(
        './components/PersonaSearchResultListItem/PersonaSearchResultListItem'
      ).then(m => m.PersonaSearchResultListItem),
  },
});

const personaSearchResultType = SearchFilterResultTypeBlueprint.make({
  params: {
    value: PERSONA_SEARCH_TYPE,
    name: 'Personas',
    icon: <PersonaIcon />,
  },
});

/**
 * The Personas plugin for the new frontend system: the persona API, the
 * Personas page at `/personas` (with its nav item) and the Persona validator
 * under it at `/personas/validate`, the Personas tab of
 * Group and User pages, the card of Component, Resource, System and API pages,
 * the cards, the overview layout and the Diagram tab of Persona pages, and the
 * search result item of Personas with their result type on the search page. The
 * tab and the cards take config: see the README.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'persona',
  title: 'Personas',
  icon: <PersonaIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
    validate: validateRouteRef,
    authoring: authoringRouteRef,
  },
  extensions: [
    personaApi,
    personaExplorerPage,
    entityPersonaContent,
    entityPersonaComponentsCard,
    entityPersonaFactsCard,
    entityPersonaResponsibilitiesCard,
    entityPersonaHoldersCard,
    entityPersonaModesCard,
    entityPersonaPageLayout,
    entityPersonaDiagramContent,
    personaSearchResultListItem,
    personaSearchResultType,
    ...homeExtensions,
    ...interactionExtensions,
  ],
});

/**
 * A module for the catalog graph plugin that replaces its API with one that
 * knows the Persona relations, so that holders and components of a Persona
 * show as edges. Only the plugin that owns an API may provide it, hence a
 * module rather than an extension of the persona plugin.
 *
 * @alpha
 */
export const personaCatalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({
          api: catalogGraphApiRef,
          deps: {},
          factory: createPersonaCatalogGraphApi,
        }),
    }),
  ],
});

/**
 * A module for the app plugin that adds the `kind:persona` icon, used where
 * the app's icons are (the catalog graph's nodes take theirs from the entity
 * presentation API instead: see the README). Icon bundles can only be
 * installed by the app plugin, hence a module.
 *
 * @alpha
 */
export const personaIconsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    IconBundleBlueprint.make({
      name: 'persona',
      params: { icons: { 'kind:persona': <PersonaIcon fontSize="inherit" /> } },
    }),
  ],
});
