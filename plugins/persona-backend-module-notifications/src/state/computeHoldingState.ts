import { PersonaGraph } from '@platform-personas/backstage-plugin-persona-backend/alpha';
import {
  PERSONA_MODES,
  PersonaDetailView,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaHoldingState } from './PersonaHoldingState';
import { usersOfHolder } from './usersOfHolder';

/**
 * The holding state of a persona from its view (`resolvePersonaView`), so
 * that a notification never disagrees with the Persona page; the graph
 * turns the holders into users.
 *
 * Components that point to nothing in the catalog are left out: when such a
 * component is created later, its holders hear that the persona reaches it.
 */
export function computeHoldingState(
  graph: PersonaGraph,
  view: PersonaDetailView,
): PersonaHoldingState {
  const holders: PersonaHoldingState['holders'] = {};
  for (const holder of view.holders) {
    holders[holder.ref] = usersOfHolder(graph, holder.ref);
  }
  const applies = new Map<string, Set<string>>();
  for (const mode of PERSONA_MODES) {
    for (const component of view.components[mode]) {
      if (component.missing) continue;
      const set = applies.get(component.ref) ?? new Set<string>();
      component.appliesTo.forEach(holder => set.add(holder));
      applies.set(component.ref, set);
    }
  }
  const components: PersonaHoldingState['components'] = {};
  for (const ref of [...applies.keys()].sort()) {
    components[ref] = [...applies.get(ref)!].sort();
  }
  return { holders, components };
}
