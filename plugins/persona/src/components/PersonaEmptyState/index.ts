export { PersonaEmptyState } from './PersonaEmptyState';
