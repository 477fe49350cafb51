export { PersonaGraph } from './PersonaGraph';
export type { IndexedPersona } from './PersonaGraph';
export { resolvePersonaView } from './resolvePersonaView';
export { platformComponentRefs, resolveCoverage } from './resolveCoverage';
export type { ResolveCoverageOptions } from './resolveCoverage';
export { resolveTeamModel } from './resolveTeamModel';
export { visibleTeamModel } from './visibleTeamModel';
export type {
  ComponentHolders,
  ModeHolders,
  TeamHolding,
  TeamModel,
} from './teamModel';
export { resolveInteractions } from './resolveInteractions';
export { resolveTeamInteractions } from './resolveTeamInteractions';
export type { TeamInteractions } from './resolveTeamInteractions';
export { resolveTeam } from './teamType';
export { teamTypeEvidence } from './teamTypeEvidence';
export type { TeamTypeEvidence } from './teamTypeEvidence';
export { resolveComponentFacts } from './resolveComponentFacts';
export { resolveTeamApi } from './resolveTeamApi';
