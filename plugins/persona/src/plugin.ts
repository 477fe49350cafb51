import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PersonaClient, personaApiRef } from './api';
import { authoringRouteRef, rootRouteRef, validateRouteRef } from './routes';
import type { PersonaExplorerPageProps } from './components/PersonaExplorerPage';
import type { EntityPersonaContentProps } from './components/EntityPersonaContent';
import type { EntityPersonaComponentsCardProps } from './components/EntityPersonaComponentsCard';
import type { EntityPersonaAboutCardProps } from './components/EntityPersonaAboutCard';
import type { EntityPersonaResponsibilitiesCardProps } from './components/EntityPersonaResponsibilitiesCard';
import type { EntityPersonaHoldersCardProps } from './components/EntityPersonaHoldersCard';
import type { EntityPersonaModesCardProps } from './components/EntityPersonaModesCard';
import type { EntityPersonaInteractionsContentProps } from './components/EntityPersonaInteractionsContent';
import type { EntityPersonaScorecardCardProps } from './components/EntityPersonaScorecardCard';

/**
 * The Personas plugin for the legacy frontend system.
 *
 * @public
 */
export const personaPlugin = createPlugin({
  id: 'persona',
  apis: [
    createApiFactory({
      api: personaApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PersonaClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    validate: validateRouteRef,
    authoring: authoringRouteRef,
  },
});

/**
 * The Personas page: the team × persona matrix and the coverage gaps, and
 * the Persona validator under it at `/validate`. Mount it at `/personas`.
 *
 * @public
 */
export const PersonaExplorerPage: (
  props: PersonaExplorerPageProps,
) => JSX.Element = personaPlugin.provide(
  createRoutableExtension({
    name: 'PersonaExplorerPage',
    component: () =>
      import('./components/PersonaExplorerPage').then(
        m => m.PersonaExplorerPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Personas tab of Group and User pages.
 *
 * @public
 */
export const EntityPersonaContent: (
  props: EntityPersonaContentProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaContent',
    component: {
      lazy: () =>
        import('./components/EntityPersonaContent').then(
          m => m.EntityPersonaContent,
        ),
    },
  }),
);

/**
 * The card of the pages of every kind with a component view — Component,
 * Resource, System and API (`PERSONA_VIEW_KINDS.component` of the common
 * package): who builds, enables and consumes the entity, through which
 * persona.
 *
 * @public
 */
export const EntityPersonaComponentsCard: (
  props: EntityPersonaComponentsCardProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaComponentsCard',
    component: {
      lazy: () =>
        import('./components/EntityPersonaComponentsCard').then(
          m => m.EntityPersonaComponentsCard,
        ),
    },
  }),
);

/**
 * The About card of Persona pages.
 *
 * @public
 */
export const EntityPersonaAboutCard: (
  props: EntityPersonaAboutCardProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaAboutCard',
    component: {
      lazy: () =>
        import('./components/EntityPersonaAboutCard').then(
          m => m.EntityPersonaAboutCard,
        ),
    },
  }),
);

/**
 * The Responsibilities card of Persona pages.
 *
 * @public
 */
export const EntityPersonaResponsibilitiesCard: (
  props: EntityPersonaResponsibilitiesCardProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaResponsibilitiesCard',
    component: {
      lazy: () =>
        import('./components/EntityPersonaResponsibilitiesCard').then(
          m => m.EntityPersonaResponsibilitiesCard,
        ),
    },
  }),
);

/**
 * The Holders card of Persona pages.
 *
 * @public
 */
export const EntityPersonaHoldersCard: (
  props: EntityPersonaHoldersCardProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaHoldersCard',
    component: {
      lazy: () =>
        import('./components/EntityPersonaHoldersCard').then(
          m => m.EntityPersonaHoldersCard,
        ),
    },
  }),
);

/**
 * The Components card of Persona pages: what the persona builds, enables and
 * consumes, per mode.
 *
 * @public
 */
export const EntityPersonaModesCard: (
  props: EntityPersonaModesCardProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaModesCard',
    component: {
      lazy: () =>
        import('./components/EntityPersonaModesCard').then(
          m => m.EntityPersonaModesCard,
        ),
    },
  }),
);

/**
 * The Interactions tab of Group pages: the team's Team Topologies type and
 * its interactions with other teams (X-as-a-Service, Facilitating,
 * Collaboration) as the personas imply them, with its Team API to download.
 *
 * @public
 */
export const EntityPersonaInteractionsContent: (
  props: EntityPersonaInteractionsContentProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaInteractionsContent',
    component: {
      lazy: () =>
        import('./components/EntityPersonaInteractionsContent').then(
          m => m.EntityPersonaInteractionsContent,
        ),
    },
  }),
);

/**
 * The persona scorecard card of Component and Resource pages: the persona
 * coverage checks of tech insights, run by the tech-insights backend.
 *
 * @public
 */
export const EntityPersonaScorecardCard: (
  props: EntityPersonaScorecardCardProps,
) => JSX.Element = personaPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaScorecardCard',
    component: {
      lazy: () =>
        import('./components/EntityPersonaScorecardCard').then(
          m => m.EntityPersonaScorecardCard,
        ),
    },
  }),
);
