export { PersonaValidator } from './PersonaValidator';
