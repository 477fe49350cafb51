export { PersonaExplorer } from './PersonaExplorer';
