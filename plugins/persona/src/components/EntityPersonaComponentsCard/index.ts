export { EntityPersonaComponentsCard } from './EntityPersonaComponentsCard';
export type { EntityPersonaComponentsCardProps } from './EntityPersonaComponentsCard';
