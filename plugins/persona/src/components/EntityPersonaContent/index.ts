export { EntityPersonaContent } from './EntityPersonaContent';
export type { EntityPersonaContentProps } from './EntityPersonaContent';
