import { IndexableDocument } from '@backstage/plugin-search-common';
import { PersonaSearchFields } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The search document of one Persona (document type `persona`). `title`,
 * `text` and `location` are what a search result shows; the other fields
 * (`PersonaSearchFields` of persona-common) are for result list items and
 * filters. `authorization.resourceRef` is the persona's entity ref, so the
 * search backend shows the document only to those who may read the Persona
 * in the catalog.
 *
 * @public
 */
export type PersonaDocument = IndexableDocument & PersonaSearchFields;
