export { EntityPersonaHoldersCard } from './EntityPersonaHoldersCard';
export type { EntityPersonaHoldersCardProps } from './EntityPersonaHoldersCard';
