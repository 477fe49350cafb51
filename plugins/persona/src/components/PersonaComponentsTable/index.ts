export { PersonaComponentsTable } from './PersonaComponentsTable';
