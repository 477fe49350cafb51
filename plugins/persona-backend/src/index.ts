/**
 * The persona backend plugin: answers who builds, enables and consumes what,
 * from the Persona kind of the catalog.
 *
 * @packageDocumentation
 */

export { personaPlugin as default } from './plugin';
export { createRouter } from './router';
export { PersonaViewService } from './service/PersonaViewService';
export { PersonaIndex } from './service/PersonaIndex';
export type { PersonaIndexSnapshot } from './service/PersonaIndex';
export { PersonaCoverageService } from './service/PersonaCoverageService';
export type { PersonaCoverageQuery } from './service/PersonaCoverageService';
export { CallerAccess } from './service/CallerAccess';
export type { ReadableRefs } from './service/CallerAccess';
export type { PersonaViewBody } from './service/PersonaViewService';
