/**
 * The catalog backend module of the Persona kind: validates Persona entities,
 * emits their relations, and adds the `isPersonaHolder` permission rule.
 *
 * @packageDocumentation
 */

export { catalogModulePersonaEntityModel as default } from './module';
export * from './permissions';
export * from './processor';
