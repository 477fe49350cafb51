export { PersonaGraph } from './PersonaGraph';
export type { IndexedPersona } from './PersonaGraph';
export { resolvePersonaView } from './resolvePersonaView';
export { platformComponentRefs, resolveCoverage } from './resolveCoverage';
export type { ResolveCoverageOptions } from './resolveCoverage';
