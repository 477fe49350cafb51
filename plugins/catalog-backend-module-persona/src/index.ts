/**
 * The catalog backend module of the Persona kind: validates Persona entities
 * and emits their relations.
 *
 * @packageDocumentation
 */

export { catalogModulePersonaEntityModel as default } from './module';
export * from './processor';
