import { parseEntityRef } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';

// The `ownedByHolder` rule of a selector: it keeps only the components owned
// within the ownership scope of the holder the view is for. A group that
// inherits a persona is narrowed to its own subtree, not its ancestor's.

/**
 * The refs whose owners fall within the ownership scope of a holder: for a
 * group, the group and its sub-groups; for a user, the user and their groups.
 */
export function ownershipScope(
  graph: PersonaGraph,
  holderRef: string,
): Set<string> {
  const { kind } = parseEntityRef(holderRef);
  const scope =
    kind === 'user'
      ? graph.groupsOf(holderRef)
      : graph.descendantsOf(holderRef);
  return new Set([holderRef, ...scope]);
}

/** Whether an owner of `ref` is within `scope` (see {@link ownershipScope}). */
export function isOwnedWithin(
  graph: PersonaGraph,
  ref: string,
  scope: Set<string>,
) {
  return graph.ownersOf(ref).some(owner => scope.has(owner));
}
