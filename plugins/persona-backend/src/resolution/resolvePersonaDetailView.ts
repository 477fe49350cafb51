import { parseEntityRef } from '@backstage/catalog-model';
import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import {
  collectComponents,
  summarizeComponent,
  summarizePersona,
} from './summaries';
import { ownershipScope } from './ownedByHolder';
import { PersonaDetailView } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The users who are members of the group itself, not only of one of its
 * sub-groups: what the org plugin's members card lists for the group.
 */
export function directMembersOf(graph: PersonaGraph, groupRef: string) {
  return graph
    .membersOfSubtree(groupRef)
    .filter(user => graph.groupsOf(user).includes(groupRef));
}

/**
 * The persona view of a Persona: its holders (with, for each group, the
 * number of its direct members and of the members of its subtree; missing
 * holders marked), and per mode its components with
 * the holders each applies to — every holder for explicit refs and plain
 * selectors, the owning holders for `ownedByHolder` selectors.
 *
 * @public
 */
export function resolvePersonaDetailView(
  graph: PersonaGraph,
  personaRef: string,
): PersonaDetailView | undefined {
  const persona = graph.persona(personaRef);
  if (!persona) return undefined;
  const { holders } = persona.refs;

  const everyone = collectComponents(graph, persona, undefined);
  const perHolder = holders.map(holder => ({
    holder,
    vias: collectComponents(graph, persona, ownershipScope(graph, holder)),
  }));

  const components = {} as PersonaDetailView['components'];
  for (const mode of PERSONA_MODES) {
    const entries = new Map<
      string,
      { via: Set<'ref' | 'selector'>; appliesTo: Set<string> }
    >();
    const entry = (ref: string) => {
      const existing = entries.get(ref) ?? {
        via: new Set(),
        appliesTo: new Set(),
      };
      entries.set(ref, existing);
      return existing;
    };
    everyone[mode].forEach((via, ref) => {
      const e = entry(ref);
      via.forEach(v => e.via.add(v));
      holders.forEach(h => e.appliesTo.add(h));
    });
    for (const { holder, vias } of perHolder) {
      vias[mode].forEach((via, ref) => {
        const e = entry(ref);
        via.forEach(v => e.via.add(v));
        e.appliesTo.add(holder);
      });
    }
    components[mode] = [...entries.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, { via, appliesTo }]) => ({
        ...summarizeComponent(graph, ref, via),
        appliesTo: [...appliesTo].sort(),
      }));
  }

  return {
    type: 'persona',
    entityRef: personaRef,
    persona: summarizePersona(persona),
    holders: holders.map(ref => ({
      ref,
      missing: !graph.get(ref),
      ...(parseEntityRef(ref).kind === 'group'
        ? {
            memberCount: graph.membersOfSubtree(ref).length,
            directMemberCount: directMembersOf(graph, ref).length,
          }
        : {}),
    })),
    components,
  };
}
