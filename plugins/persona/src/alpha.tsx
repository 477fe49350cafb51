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
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  PERSONA_API_VERSION,
  PERSONA_VIEW_KINDS,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaClient, personaApiRef } from './api';
import { createPersonaCatalogGraphApi } from './catalogGraph';
import { PersonaIcon } from './components/PersonaIcon';
import { authoringRouteRef, rootRouteRef, validateRouteRef } from './routes';

// Filters live here rather than next to the views, so that deciding whether
// a tab or card applies never loads the view's code.
const isHolder = { kind: { $in: [...PERSONA_VIEW_KINDS.holder] } };
const isPlatformComponent = {
  kind: { $in: ['component', 'resource', 'system'] },
};
const isPersona = { kind: 'persona', apiVersion: PERSONA_API_VERSION };

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

const entityPersonaContent = EntityContentBlueprint.make({
  params: {
    path: 'personas',
    title: 'Personas',
    filter: isHolder,
    loader: () =>
      import('./components/EntityPersonaContent').then(m => (
        <m.EntityPersonaContent />
      )),
  },
});

const entityPersonaComponentsCard = EntityCardBlueprint.make({
  name: 'components',
  params: {
    filter: isPlatformComponent,
    loader: () =>
      import('./components/EntityPersonaComponentsCard').then(m => (
        <m.EntityPersonaComponentsCard />
      )),
  },
});

// Beside the catalog's About card, which has the description, type and owner.
const entityPersonaFactsCard = EntityCardBlueprint.make({
  name: 'facts',
  params: {
    filter: isPersona,
    loader: () =>
      import('./components/EntityPersonaFactsCard').then(m => (
        <m.EntityPersonaFactsCard />
      )),
  },
});

const entityPersonaResponsibilitiesCard = EntityCardBlueprint.make({
  name: 'responsibilities',
  params: {
    filter: isPersona,
    loader: () =>
      import('./components/EntityPersonaResponsibilitiesCard').then(m => (
        <m.EntityPersonaResponsibilitiesCard />
      )),
  },
});

const entityPersonaHoldersCard = EntityCardBlueprint.make({
  name: 'holders',
  params: {
    filter: isPersona,
    loader: () =>
      import('./components/EntityPersonaHoldersCard').then(m => (
        <m.EntityPersonaHoldersCard />
      )),
  },
});

const entityPersonaModesCard = EntityCardBlueprint.make({
  name: 'modes',
  params: {
    filter: isPersona,
    loader: () =>
      import('./components/EntityPersonaModesCard').then(m => (
        <m.EntityPersonaModesCard />
      )),
  },
});

/**
 * The Personas plugin for the new frontend system: the persona API, the
 * Personas page at `/personas` (with its nav item) and the Persona validator
 * under it at `/personas/validate`, the Personas tab of
 * Group and User pages, the card of Component, Resource and System pages, and
 * the cards of Persona pages.
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
 * A module for the app plugin that adds the `kind:persona` icon, used by
 * entity links, tables and the catalog graph. Icon bundles can only be
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
