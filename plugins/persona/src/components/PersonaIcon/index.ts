export { PersonaIcon } from './PersonaIcon';
