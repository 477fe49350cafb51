import { parseEntityRef } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';
import {
  collectComponents,
  summarizeComponents,
  summarizePersona,
} from './summaries';
import { ownershipScope } from './ownedByHolder';
import {
  HolderPersonaView,
  PersonaHoldingSource,
} from '@platform-personas/backstage-plugin-persona-common';

const SOURCE_ORDER = { direct: 0, inherited: 1, membership: 2 };

function sourceKey(source: PersonaHoldingSource) {
  return `${SOURCE_ORDER[source.type]}|${
    'group' in source ? source.group : ''
  }|${'from' in source ? source.from : ''}`;
}

/**
 * The persona view of a Group or User: every persona it holds, directly, by
 * inheritance from an ancestor group, or through membership of a group, and
 * the components of each — with `ownedByHolder` selectors narrowed to what
 * this group and its sub-groups (or this user and their groups) own.
 *
 * @public
 */
export function resolveHolderView(
  graph: PersonaGraph,
  entityRef: string,
): HolderPersonaView {
  const sources = new Map<string, PersonaHoldingSource[]>();
  const add = (personaRef: string, source: PersonaHoldingSource) => {
    const list = sources.get(personaRef) ?? [];
    list.push(source);
    sources.set(personaRef, list);
  };
  const heldByGroup = (groupRef: string) => [
    ...graph
      .personasHeldDirectlyBy(groupRef)
      .map(p => ({ persona: p, from: groupRef })),
    ...graph
      .ancestorsOf(groupRef)
      .flatMap(ancestor =>
        graph
          .personasHeldDirectlyBy(ancestor)
          .map(p => ({ persona: p, from: ancestor })),
      ),
  ];

  graph
    .personasHeldDirectlyBy(entityRef)
    .forEach(p => add(p, { type: 'direct' }));
  if (parseEntityRef(entityRef).kind === 'user') {
    for (const group of graph.groupsOf(entityRef)) {
      heldByGroup(group).forEach(({ persona, from }) =>
        add(persona, { type: 'membership', group, from }),
      );
    }
  } else {
    graph
      .ancestorsOf(entityRef)
      .forEach(ancestor =>
        graph
          .personasHeldDirectlyBy(ancestor)
          .forEach(p => add(p, { type: 'inherited', from: ancestor })),
      );
  }

  const scope = ownershipScope(graph, entityRef);
  const personas = [...sources.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([personaRef, list]) => {
      const persona = graph.persona(personaRef);
      if (!persona) return [];
      const unique = new Map(list.map(source => [sourceKey(source), source]));
      return [
        {
          persona: summarizePersona(persona),
          sources: [...unique.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([, source]) => source),
          components: summarizeComponents(
            graph,
            collectComponents(graph, persona, scope),
          ),
        },
      ];
    });
  return { type: 'holder', entityRef, personas };
}
