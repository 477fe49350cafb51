import { parseEntityRef } from '@backstage/catalog-model';
import {
  DEFAULT_PLATFORM_COMPONENT_KINDS,
  PERSONA_MODES,
  PersonaMode,
  PlatformComponentKind,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { resolveComponentView } from './resolveComponentView';
import { platformComponentRefs } from './resolveCoverage';
import {
  ComponentHolders,
  ModeHolders,
  TeamHolding,
  TeamModel,
} from './teamModel';

function isGroup(ref: string) {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
}

function holdersOf(graph: PersonaGraph, ref: string): ComponentHolders {
  const { modes } = resolveComponentView(graph, ref);
  const result = {} as Record<PersonaMode, ModeHolders>;
  for (const mode of PERSONA_MODES) {
    const holders: ModeHolders = new Map();
    for (const role of modes[mode]) {
      // A holder the catalog does not have is reported as missing by the
      // views; it is nobody who could interact with a team.
      for (const holder of role.holders.filter(h => graph.get(h))) {
        const personas = holders.get(holder) ?? new Set<string>();
        personas.add(role.persona.ref);
        holders.set(holder, personas);
      }
    }
    result[mode] = holders;
  }
  return { ref, modes: result };
}

/**
 * Every group that holds a persona, directly or by inheritance from an
 * ancestor group named as a holder, with the persona and that holder.
 */
function holdingsOf(graph: PersonaGraph): TeamHolding[] {
  const holdings: TeamHolding[] = [];
  for (const persona of graph.personas()) {
    for (const holder of persona.refs.holders) {
      if (!isGroup(holder) || !graph.get(holder)) continue;
      holdings.push({ team: holder, persona: persona.ref, holder });
      for (const team of graph.descendantsOf(holder)) {
        holdings.push({ team, persona: persona.ref, holder });
      }
    }
  }
  return holdings;
}

/**
 * The {@link TeamModel} of a graph: for each platform component, the holders
 * to whom each persona of each mode applies (explicit refs and selector
 * matches, `ownedByHolder` narrowed, as in the component view), and the
 * personas each group holds.
 *
 * @public
 */
export function resolveTeamModel(
  graph: PersonaGraph,
  kinds: PlatformComponentKind[] = DEFAULT_PLATFORM_COMPONENT_KINDS,
): TeamModel {
  return {
    components: platformComponentRefs(graph, kinds)
      .sort()
      .map(ref => holdersOf(graph, ref)),
    holdings: holdingsOf(graph),
  };
}
