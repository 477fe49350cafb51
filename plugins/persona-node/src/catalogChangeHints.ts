/**
 * The events topic on which the Persona catalog module names entities whose
 * processed form changed, so that the persona backend reads them at once
 * instead of waiting for its next sweep of the catalog's etags.
 *
 * @public
 */
export const PERSONA_CATALOG_CHANGES_TOPIC = 'persona.catalog-changes';

/**
 * The payload of an event on {@link PERSONA_CATALOG_CHANGES_TOPIC}. A hint,
 * not a record: the entities named changed when the catalog processed them
 * and are stitched a moment later; an entity may be named when nothing a
 * reader sees changed, and a change may go unnamed (after a restart, or on
 * another catalog replica), which the reader's sweeps still find.
 *
 * @public
 */
export type PersonaCatalogChangesPayload = {
  /** Refs of the entities, in the catalog's stringified form. */
  entityRefs: string[];
};
