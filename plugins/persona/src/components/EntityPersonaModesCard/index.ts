export { EntityPersonaModesCard } from './EntityPersonaModesCard';
export type { EntityPersonaModesCardProps } from './EntityPersonaModesCard';
