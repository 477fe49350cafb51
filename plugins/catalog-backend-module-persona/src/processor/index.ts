export { PersonaEntitiesProcessor } from './PersonaEntitiesProcessor';
export type { PersonaEntitiesProcessorOptions } from './PersonaEntitiesProcessor';
