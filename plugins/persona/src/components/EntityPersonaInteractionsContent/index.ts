export { EntityPersonaInteractionsContent } from './EntityPersonaInteractionsContent';
export type { EntityPersonaInteractionsContentProps } from './EntityPersonaInteractionsContent';
