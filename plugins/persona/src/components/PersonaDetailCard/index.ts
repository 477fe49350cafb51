export { PersonaDetailCard } from './PersonaDetailCard';
