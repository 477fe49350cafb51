/**
 * Persona tabs, cards and pages for Backstage: who builds, enables and
 * consumes which platform components. The legacy frontend system's exports;
 * the new frontend system's are at `./alpha`.
 *
 * @packageDocumentation
 */

export {
  personaPlugin,
  PersonaExplorerPage,
  EntityPersonaContent,
  EntityPersonaComponentsCard,
  EntityPersonaAboutCard,
  EntityPersonaResponsibilitiesCard,
  EntityPersonaHoldersCard,
  EntityPersonaModesCard,
  EntityPersonaInteractionsContent,
  EntityPersonaScorecardCard,
} from './plugin';
export { personaApiRef, PersonaClient } from './api';
export type {
  PersonaApi,
  PersonaCoverageQuery,
  PersonaViewListRequest,
  PersonaViewOptions,
} from './api';
export {
  rootRouteRef as personaRouteRef,
  validateRouteRef as personaValidateRouteRef,
  authoringRouteRef as personaAuthoringRouteRef,
} from './routes';
export {
  createPersonaCatalogGraphApi,
  personaCatalogGraphApiFactory,
  personaCatalogGraphRelations,
} from './catalogGraph';
export { PersonaIcon } from './components/PersonaIcon';
export { PersonaSearchResultListItem } from './components/PersonaSearchResultListItem/extension';
export type { PersonaSearchResultListItemProps } from './components/PersonaSearchResultListItem/PersonaSearchResultListItem';
export type { PersonaSearchDocument } from './components/PersonaSearchResultListItem/types';
// Only light modules here: the views themselves load lazily through plugin.ts
export { PERSONA_AUTHORING_DOCS_URL } from './components/PersonaEmptyState/authoringDocs';
export type { EntityPersonaContentProps } from './components/EntityPersonaContent';
export type { EntityPersonaComponentsCardProps } from './components/EntityPersonaComponentsCard';
export type { EntityPersonaAboutCardProps } from './components/EntityPersonaAboutCard';
export type { EntityPersonaResponsibilitiesCardProps } from './components/EntityPersonaResponsibilitiesCard';
export type { EntityPersonaHoldersCardProps } from './components/EntityPersonaHoldersCard';
export type { EntityPersonaModesCardProps } from './components/EntityPersonaModesCard';
export type { PersonaExplorerPageProps } from './components/PersonaExplorerPage';
export type { EntityPersonaInteractionsContentProps } from './components/EntityPersonaInteractionsContent';
export type { EntityPersonaScorecardCardProps } from './components/EntityPersonaScorecardCard';
export { PERSONA_SCORECARD_CHECK_IDS } from './components/EntityPersonaScorecardCard/TechInsightsChecksClient';
export {
  isPersonaEntity,
  PERSONA_KIND,
} from '@platform-personas/backstage-plugin-persona-common';
export type { PersonaEntityV1alpha1 } from '@platform-personas/backstage-plugin-persona-common';
export * from './homeCards';
