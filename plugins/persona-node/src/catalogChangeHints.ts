/**
 * The events topic on which the Persona catalog module names entities whose
 * processed form changed, so that the persona backend reads them at once
 * instead of waiting for its next sweep of the catalog's etags.
 *
 * @public
 */
export const PERSONA_CATALOG_CHANGES_TOPIC = 'persona.catalog-changes';

/**
 * Which catalog process published an event on
 * {@link PERSONA_CATALOG_CHANGES_TOPIC}, and in what order: a reader that
 * sees every sequence number of a source, and its heartbeats, has missed
 * none of its hints.
 *
 * @public
 */
export type PersonaCatalogChangesSource = {
  /** A random identifier of the publishing process, new at each start. */
  instance: string;
  /** 1 for the process's first event, one more for each event after it. */
  sequence: number;
  /** How often the process publishes an event that names nothing, in ms. */
  heartbeatMs: number;
};

/**
 * The payload of an event on {@link PERSONA_CATALOG_CHANGES_TOPIC}. A hint,
 * not a record: the entities named changed when the catalog processed them
 * and are stitched a moment later; an entity may be named when nothing a
 * reader sees changed, and a change may go unnamed (after a restart, or on
 * another catalog replica), which the reader's sweeps still find. New and
 * deleted entities are never named. An event that names no entity is a
 * heartbeat.
 *
 * @public
 */
export type PersonaCatalogChangesPayload = {
  /** Refs of the entities, in the catalog's stringified form. */
  entityRefs: string[];
  /** Absent from events of modules older than the heartbeat. */
  source?: PersonaCatalogChangesSource;
};
