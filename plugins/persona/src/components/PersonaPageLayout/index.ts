export { PersonaPageLayout } from './PersonaPageLayout';
export type { PersonaPageLayoutCard } from './PersonaPageLayout';
