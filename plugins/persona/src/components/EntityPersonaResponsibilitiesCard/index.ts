export { EntityPersonaResponsibilitiesCard } from './EntityPersonaResponsibilitiesCard';
export type { EntityPersonaResponsibilitiesCardProps } from './EntityPersonaResponsibilitiesCard';
