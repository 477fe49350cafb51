export { HeldPersonaCard } from './HeldPersonaCard';
