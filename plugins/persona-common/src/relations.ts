/**
 * A relation from a Persona to a User or Group that holds it. Reversed
 * direction of {@link RELATION_HAS_PERSONA}.
 *
 * @public
 */
export const RELATION_PERSONA_OF = 'personaOf';

/**
 * A relation from a User or Group to a Persona that it holds directly.
 * Reversed direction of {@link RELATION_PERSONA_OF}.
 *
 * @public
 */
export const RELATION_HAS_PERSONA = 'hasPersona';

/**
 * A relation from a Persona to a platform component (Component, Resource,
 * System, ...) that the persona builds. Reversed direction of
 * {@link RELATION_BUILT_BY}.
 *
 * @public
 */
export const RELATION_BUILDS = 'builds';

/**
 * A relation from a platform component to a Persona that builds it. Reversed
 * direction of {@link RELATION_BUILDS}.
 *
 * @public
 */
export const RELATION_BUILT_BY = 'builtBy';

/**
 * A relation from a Persona to a platform component that the persona enables
 * or operates for others. Reversed direction of {@link RELATION_ENABLED_BY}.
 *
 * @public
 */
export const RELATION_ENABLES = 'enables';

/**
 * A relation from a platform component to a Persona that enables it.
 * Reversed direction of {@link RELATION_ENABLES}.
 *
 * @public
 */
export const RELATION_ENABLED_BY = 'enabledBy';

/**
 * A relation from a Persona to a platform component that the persona
 * consumes. Reversed direction of {@link RELATION_CONSUMED_BY}.
 *
 * @public
 */
export const RELATION_CONSUMES = 'consumes';

/**
 * A relation from a platform component to a Persona that consumes it.
 * Reversed direction of {@link RELATION_CONSUMES}.
 *
 * @public
 */
export const RELATION_CONSUMED_BY = 'consumedBy';

/**
 * The relation pairs that the Persona kind adds to the catalog, each as
 * `[outgoing, incoming]`, in the shape the catalog graph expects for its
 * `knownRelationPairs`.
 *
 * @public
 */
export const PERSONA_RELATION_PAIRS: ReadonlyArray<readonly [string, string]> =
  [
    [RELATION_PERSONA_OF, RELATION_HAS_PERSONA],
    [RELATION_BUILDS, RELATION_BUILT_BY],
    [RELATION_ENABLES, RELATION_ENABLED_BY],
    [RELATION_CONSUMES, RELATION_CONSUMED_BY],
  ];
