/**
 * Common types, JSON Schema, validator and relation names of the Persona
 * catalog kind.
 *
 * @packageDocumentation
 */

export * from './PersonaEntityV1alpha1';
export * from './PersonaSelector';
export * from './modes';
export * from './personaRefs';
export * from './relations';
export * from './resolution';
export * from './validation';
export * from './api';
export * from './templates';
