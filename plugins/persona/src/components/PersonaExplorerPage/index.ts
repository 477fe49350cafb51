export { PersonaExplorerPage } from './PersonaExplorerPage';
export type { PersonaExplorerPageProps } from './PersonaExplorerPage';
export { PersonaExplorerContent } from './PersonaExplorerContent';
