/**
 * The search document type of Personas, as indexed by the persona collator
 * of `@platform-personas/backstage-plugin-search-backend-module-persona`.
 *
 * @public
 */
export const PERSONA_SEARCH_DOCUMENT_TYPE = 'persona';

/**
 * A User or Group that holds a persona, as indexed: its ref and its title
 * (`metadata.title`, else `spec.profile.displayName`, else the ref itself —
 * also for a ref to an entity that the catalog does not hold).
 *
 * @public
 */
export type PersonaSearchHolder = {
  ref: string;
  title: string;
};

/**
 * A responsibility of a persona, as indexed.
 *
 * @public
 */
export type PersonaSearchResponsibility = {
  title: string;
  description?: string;
};

/**
 * What a persona search document holds besides the `title`, `text` and
 * `location` of every search document: the fields that result list items
 * and filters read.
 *
 * @public
 */
export type PersonaSearchFields = {
  /** The persona's entity ref, `persona:<namespace>/<name>`. */
  entityRef: string;
  /** `spec.framework`: the persona model the definition comes from. */
  framework?: string;
  /** `spec.type`: builder, enabler, operator, consumer, ... */
  personaType: string;
  /** `spec.responsibilities`, in the order of the Persona. */
  responsibilities: PersonaSearchResponsibility[];
  /** `spec.channels`: how the persona reaches the platform. */
  channels: string[];
  /** `spec.tools`: what the persona works with. */
  tools: string[];
  /** The targets of the `personaOf` relations, sorted by title. */
  holders: PersonaSearchHolder[];
  /**
   * The titles (the refs, for untitled or missing entities) of the targets of
   * the `builds` relations — explicit refs and selector matches alike —
   * sorted.
   */
  builds: string[];
  /** As `builds`, for the `enables` relations. */
  enables: string[];
  /** As `builds`, for the `consumes` relations. */
  consumes: string[];
};
