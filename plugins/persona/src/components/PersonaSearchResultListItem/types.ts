import type { IndexableDocument } from '@backstage/plugin-search-common';
import type { PersonaSearchFields } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The search document of a Persona (type `persona`), as the persona collator
 * of `@platform-personas/backstage-plugin-search-backend-module-persona`
 * indexes it. `location` is the Persona's entity page; components are by
 * title. Its own fields may be absent (a document of another collator of the
 * same type), and the item shows what there is.
 *
 * @public
 */
export type PersonaSearchDocument = IndexableDocument &
  Partial<PersonaSearchFields>;
