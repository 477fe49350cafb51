export { PersonaFacts } from './PersonaFacts';
