/**
 * Alpha exports of the persona backend: the persona index, whose snapshot
 * exposes the graph the views are resolved from and may still change shape.
 *
 * @packageDocumentation
 */

export { personaIndexServiceRef } from './service/personaIndexServiceRef';
export type { PersonaIndexService } from './service/personaIndexServiceRef';
export { PersonaIndex } from './service/PersonaIndex';
export type { PersonaIndexSnapshot } from './service/PersonaIndex';
export type { PersonaGraph, IndexedPersona } from './resolution';
export { resolvePersonaView } from './resolution';
