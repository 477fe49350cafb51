/**
 * Node.js library of the Persona kind: checks Persona YAML as people write it,
 * with the line and column of every problem. Used by the persona backend's
 * validate endpoint and by persona-lint.
 *
 * @packageDocumentation
 */

export { MAX_NESTING_DEPTH, validatePersonaText } from './validatePersonaText';
export * from './personaRefFields';
export * from './toJsonPointer';
export { normaliseEntityRef, personaHolderFilter } from './personaHolderFilter';
export {
  personaHolderRuleDefinition,
  type PersonaHolderRuleParams,
} from './personaHolderRuleDefinition';
export {
  PERSONA_CATALOG_CHANGES_TOPIC,
  type PersonaCatalogChangesPayload,
  type PersonaCatalogChangesSource,
} from './catalogChangeHints';
