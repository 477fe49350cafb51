export { PersonaViewLoader } from './PersonaViewLoader';
