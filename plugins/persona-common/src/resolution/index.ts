export { flattenEntityFields } from './entityFields';
export { FilterIndex } from './FilterIndex';
export { PersonaGraph } from './PersonaGraph';
export type { IndexedPersona } from './PersonaGraph';
export { resolveHolderView } from './resolveHolderView';
export { resolveComponentView } from './resolveComponentView';
export { resolvePersonaDetailView } from './resolvePersonaDetailView';
export { resolvePersonaView, PERSONA_VIEW_KINDS } from './resolvePersonaView';
export * from './types';
