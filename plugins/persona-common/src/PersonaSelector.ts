/**
 * A filter in the catalog's own syntax: each key is a dot-path into the
 * entity (`kind`, `spec.type`, `metadata.tags`, ...), each value the wanted
 * value or a list of values of which any may match. All keys must match.
 *
 * @public
 */
export type PersonaSelectorFilter = Record<string, string | string[]>;

/**
 * Selects platform components by a catalog filter instead of naming them.
 * The persona views resolve selectors when they are asked for, so they follow
 * the catalog as it changes; the catalog module also stores each match as a
 * relation (`builds`/`builtBy`, …) when it processes the Persona, so the
 * catalog graph shows it from the Persona's next processing on.
 *
 * @public
 */
export type PersonaSelector = {
  /** Every entity that matches this filter. */
  filter: PersonaSelectorFilter;
  /**
   * For each holder, keep only what that team (or one of its sub-groups)
   * owns; for a person, what they or one of their groups own.
   */
  ownedByHolder?: boolean;
};

/**
 * An item of a persona's `builds`, `enables` or `consumes` list: an entity
 * ref (kind defaults to Component) or a {@link PersonaSelector}.
 *
 * @public
 */
export type PersonaTarget = string | PersonaSelector;

/**
 * Tells a selector from an entity ref in a `builds`, `enables` or
 * `consumes` list.
 *
 * @public
 */
export function isPersonaSelector(
  target: PersonaTarget,
): target is PersonaSelector {
  return typeof target === 'object' && target !== null && 'filter' in target;
}
