import { parseEntityRef } from '@backstage/catalog-model';
import { PersonaGraph } from '@platform-personas/backstage-plugin-persona-backend/alpha';

/**
 * The users a holder of a persona stands for: a User itself, when the
 * catalog holds it; for a Group, every member of the group and of its
 * sub-groups at any depth, since they hold the persona by membership or
 * inheritance. Sorted, each once.
 */
export function usersOfHolder(
  graph: PersonaGraph,
  holderRef: string,
): string[] {
  const { kind } = parseEntityRef(holderRef);
  if (kind.toLocaleLowerCase('en-US') === 'user') {
    // a user who is not in the catalog has no inbox to notify
    return graph.get(holderRef) ? [holderRef] : [];
  }
  return graph.membersOfSubtree(holderRef);
}
