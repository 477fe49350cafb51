export { personaApiRef } from './PersonaApi';
export type { PersonaApi, PersonaCoverageQuery } from './PersonaApi';
export { PersonaClient } from './PersonaClient';
