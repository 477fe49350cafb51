import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { isOwnedWithin, ownershipScope } from './ownedByHolder';
import { summarizePersona } from './summaries';
import { ComponentPersonaView } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The persona view of a Component, Resource, System or API: the personas that
 * build, enable or consume it — by an explicit ref or a selector — and the
 * holders to whom that applies. An `ownedByHolder` selector applies only to
 * the holders within whose ownership scope the entity is owned.
 *
 * @public
 */
export function resolveComponentView(
  graph: PersonaGraph,
  entityRef: string,
): ComponentPersonaView {
  const modes = {} as ComponentPersonaView['modes'];
  for (const mode of PERSONA_MODES) {
    modes[mode] = [];
  }
  const scopes = new Map<string, Set<string>>();
  const ownedByHolder = (holder: string) => {
    let scope = scopes.get(holder);
    if (!scope) {
      scope = ownershipScope(graph, holder);
      scopes.set(holder, scope);
    }
    return isOwnedWithin(graph, entityRef, scope);
  };
  for (const persona of graph.personas()) {
    const allHolders = persona.refs.holders;
    for (const mode of PERSONA_MODES) {
      const { refs, selectors } = persona.refs.modes[mode];
      const via = new Set<'ref' | 'selector'>();
      const holders = new Set<string>();
      if (refs.includes(entityRef)) {
        via.add('ref');
        allHolders.forEach(h => holders.add(h));
      }
      for (const selector of selectors) {
        if (!graph.matches(selector.filter, entityRef)) continue;
        const applies = selector.ownedByHolder
          ? allHolders.filter(ownedByHolder)
          : allHolders;
        if (applies.length > 0 || !selector.ownedByHolder) {
          via.add('selector');
          applies.forEach(h => holders.add(h));
        }
      }
      if (via.size > 0) {
        modes[mode].push({
          persona: summarizePersona(persona),
          via: [...via].sort(),
          holders: [...holders].sort(),
        });
      }
    }
  }
  return { type: 'component', entityRef, modes };
}
