import { parseEntityRef } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';
import {
  matchComponents,
  summarizeComponents,
  summarizePersona,
} from './summaries';
import { ownershipScope } from './ownedByHolder';
import { viewTitles } from './viewTitles';
import {
  HeldPersona,
  HolderPersonaView,
  PERSONA_MODES,
  PersonaHoldingSource,
  SubTeamHolding,
} from '@platform-personas/backstage-plugin-persona-common';

const SOURCE_ORDER = { direct: 0, inherited: 1, membership: 2 };

function sourceKey(source: PersonaHoldingSource) {
  return `${SOURCE_ORDER[source.type]}|${
    'group' in source ? source.group : ''
  }|${'from' in source ? source.from : ''}`;
}

/** The personas a group holds, itself (levels 0) or from an ancestor. */
function heldByGroup(graph: PersonaGraph, groupRef: string) {
  return [[groupRef, 0] as const, ...graph.ancestorLevels(groupRef)].flatMap(
    ([from, levels]) =>
      graph.personasHeldDirectlyBy(from).map(persona => ({
        persona,
        from,
        levels,
      })),
  );
}

/** A held persona with its components narrowed to the holder's scope. */
function heldPersona(
  graph: PersonaGraph,
  personaRef: string,
  sources: PersonaHoldingSource[],
  scope: Set<string>,
): HeldPersona[] {
  const persona = graph.persona(personaRef);
  if (!persona) return [];
  const unique = new Map(sources.map(source => [sourceKey(source), source]));
  return [
    {
      persona: summarizePersona(persona),
      sources: [...unique.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, source]) => source),
      components: summarizeComponents(
        graph,
        matchComponents(graph, persona, scope),
      ),
    },
  ];
}

/** The sub-groups of a group that hold personas themselves, nearest first. */
function subTeamsOf(graph: PersonaGraph, groupRef: string): SubTeamHolding[] {
  return [...graph.descendantLevels(groupRef)]
    .sort(([a, la], [b, lb]) => la - lb || a.localeCompare(b))
    .flatMap(([group, levels]) => {
      const scope = ownershipScope(graph, group);
      const personas = [...graph.personasHeldDirectlyBy(group)]
        .sort()
        .flatMap(p => heldPersona(graph, p, [{ type: 'direct' }], scope));
      return personas.length ? [{ group, levels, personas }] : [];
    });
}

/** Every User and Group a holder view names. */
function namedRefs(view: HolderPersonaView): string[] {
  const refs = [view.entityRef];
  const held = [
    ...view.personas,
    ...(view.subTeams ?? []).flatMap(s => s.personas),
  ];
  (view.subTeams ?? []).forEach(s => refs.push(s.group));
  for (const { persona, sources, components } of held) {
    if (persona.owner) refs.push(persona.owner);
    for (const source of sources) {
      if ('from' in source) refs.push(source.from);
      if ('group' in source) refs.push(source.group);
    }
    PERSONA_MODES.forEach(m =>
      components[m].forEach(c => refs.push(...c.owners)),
    );
  }
  return refs;
}

/**
 * The persona view of a Group or User: every persona it holds, directly, by
 * inheritance from an ancestor group (and how many levels up), or through
 * membership of a group, and the components of each — with `ownedByHolder`
 * selectors narrowed to what this group and its sub-groups (or this user and
 * their groups) own. It also names the personas the Group or User maintains
 * and, for a Group, what its sub-groups hold themselves.
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

  graph
    .personasHeldDirectlyBy(entityRef)
    .forEach(p => add(p, { type: 'direct' }));
  const isUser = parseEntityRef(entityRef).kind === 'user';
  if (isUser) {
    for (const group of graph.groupsOf(entityRef)) {
      heldByGroup(graph, group).forEach(({ persona, from, levels }) =>
        add(persona, { type: 'membership', group, from, levels }),
      );
    }
  } else {
    for (const [from, levels] of graph.ancestorLevels(entityRef)) {
      graph
        .personasHeldDirectlyBy(from)
        .forEach(p => add(p, { type: 'inherited', from, levels }));
    }
  }

  const scope = ownershipScope(graph, entityRef);
  const view: HolderPersonaView = {
    type: 'holder',
    entityRef,
    personas: [...sources.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([personaRef, list]) =>
        heldPersona(graph, personaRef, list, scope),
      ),
    ownedPersonas: graph.personasOwnedBy(entityRef).map(summarizePersona),
    subTeams: isUser ? [] : subTeamsOf(graph, entityRef),
  };
  view.titles = viewTitles(graph, namedRefs(view));
  return view;
}
