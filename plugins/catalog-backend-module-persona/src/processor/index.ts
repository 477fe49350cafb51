export { PersonaEntitiesProcessor } from './PersonaEntitiesProcessor';
