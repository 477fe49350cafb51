import { PERSONA_VIEW_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';
import { resolveComponentView } from './resolveComponentView';
import { resolveHolderView } from './resolveHolderView';
import { resolvePersonaDetailView } from './resolvePersonaDetailView';
import { PersonaView } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The persona view of any entity that has one: a User or Group, a Component,
 * Resource, System or API, or a Persona. Returns undefined when the entity is
 * not in the graph or its kind has no persona view.
 *
 * @alpha
 */
export function resolvePersonaView(
  graph: PersonaGraph,
  entityRef: string,
): PersonaView | undefined {
  if (!graph.get(entityRef)) return undefined;
  const kind = parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US');
  if ((PERSONA_VIEW_KINDS.holder as readonly string[]).includes(kind)) {
    return resolveHolderView(graph, entityRef);
  }
  if ((PERSONA_VIEW_KINDS.component as readonly string[]).includes(kind)) {
    return resolveComponentView(graph, entityRef);
  }
  if (kind === 'persona') {
    return resolvePersonaDetailView(graph, entityRef);
  }
  return undefined;
}
