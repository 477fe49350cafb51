import { IndexableDocument } from '@backstage/plugin-search-common';

/**
 * A User or Group that holds a persona, as indexed: its ref and its title
 * (`metadata.title`, else `spec.profile.displayName`, else the ref itself —
 * also for a ref to an entity that the catalog does not hold).
 *
 * @public
 */
export type PersonaDocumentHolder = {
  ref: string;
  title: string;
};

/**
 * A responsibility of a persona, as indexed.
 *
 * @public
 */
export type PersonaDocumentResponsibility = {
  title: string;
  description?: string;
};

/**
 * The search document of one Persona (document type `persona`). `title`,
 * `text` and `location` are what a search result shows; the other fields are
 * for result list items and filters. `authorization.resourceRef` is the
 * persona's entity ref, so the search backend shows the document only to
 * those who may read the Persona in the catalog.
 *
 * @public
 */
export interface PersonaDocument extends IndexableDocument {
  /** The persona's entity ref, `persona:<namespace>/<name>`. */
  entityRef: string;
  /** `spec.framework`: the persona model the definition comes from. */
  framework?: string;
  /** `spec.type`: builder, enabler, operator, consumer, ... */
  personaType: string;
  responsibilities: PersonaDocumentResponsibility[];
  channels: string[];
  tools: string[];
  /** The targets of the `personaOf` relations, sorted by title. */
  holders: PersonaDocumentHolder[];
  /**
   * The titles (the refs, for untitled or missing entities) of the targets of
   * the `builds`, `enables` and `consumes` relations — explicit refs and
   * selector matches alike — sorted.
   */
  builds: string[];
  enables: string[];
  consumes: string[];
}
