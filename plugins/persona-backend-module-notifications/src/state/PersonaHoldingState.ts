/**
 * What the notifier last told people about one persona: the users each
 * holder stands for (the user itself, or every member of a group's subtree)
 * and, per component the persona reaches, the holders it applies to.
 *
 * Users are kept per holder rather than per component because a component
 * usually applies to every holder: storing users per component would repeat
 * a large group's members once per component.
 *
 * @public
 */
export type PersonaHoldingState = {
  /** Holder ref (User or Group) to the user refs it stands for, sorted. */
  holders: Record<string, string[]>;
  /** Component ref to the holder refs it applies to, sorted. */
  components: Record<string, string[]>;
};
