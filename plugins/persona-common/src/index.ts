/**
 * The contract of the Persona catalog kind: its type, JSON Schema, entity
 * validator and relation names, and the types of the persona API.
 *
 * @packageDocumentation
 */

export * from './PersonaEntityV1alpha1';
export * from './PersonaEntityV1alpha1.problems';
export * from './PersonaSelector';
export * from './modes';
export * from './personaRefs';
export * from './relations';
export * from './api';
