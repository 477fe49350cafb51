export { personaApiRef } from './PersonaApi';
export type {
  PersonaApi,
  PersonaCoverageQuery,
  PersonaViewListRequest,
  PersonaViewOptions,
} from './PersonaApi';
export { PersonaClient } from './PersonaClient';
