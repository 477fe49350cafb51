/**
 * The persona backend plugin: answers who builds, enables and consumes what,
 * from the Persona kind of the catalog.
 *
 * @packageDocumentation
 */

export { personaPlugin as default } from './plugin';
export { personaViewServiceRef } from './service/personaViewServiceRef';
export type {
  PersonaViewBody,
  PersonaViewService,
} from './service/personaViewServiceRef';
export { personaCoverageServiceRef } from './service/personaCoverageServiceRef';
export type {
  PersonaCoverageQuery,
  PersonaCoverageService,
} from './service/personaCoverageServiceRef';
export { personaValidateServiceRef } from './service/personaValidateServiceRef';
export type { PersonaValidateService } from './service/personaValidateServiceRef';
export { personaInteractionsServiceRef } from './service/personaInteractionsServiceRef';
export type { PersonaInteractionsService } from './service/personaInteractionsServiceRef';
