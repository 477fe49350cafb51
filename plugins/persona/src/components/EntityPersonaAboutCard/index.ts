export { EntityPersonaAboutCard } from './EntityPersonaAboutCard';
export type { EntityPersonaAboutCardProps } from './EntityPersonaAboutCard';
