export { PersonaSearchResultListItem } from './PersonaSearchResultListItem';
export type { PersonaSearchResultListItemProps } from './PersonaSearchResultListItem';
export type { PersonaSearchDocument } from './types';
