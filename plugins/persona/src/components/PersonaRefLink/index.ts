export { PersonaRefLink } from './PersonaRefLink';
