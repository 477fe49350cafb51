import {
  PersonaTeam,
  TeamInteraction,
  TeamInteractionMode,
  TeamType,
} from '@platform-personas/backstage-plugin-persona-common';
import { INTERACTION_MODES } from '../InteractionModes';

/** A team of the graph: its title and Team Topologies type. */
export type TeamNodeData = {
  title: string;
  teamType?: TeamType;
  teamTypeSource?: PersonaTeam['teamTypeSource'];
};

/**
 * An edge of the graph. The graph keeps one edge per ordered pair of teams,
 * so two teams that interact in two modes the same way share one edge that
 * carries both.
 */
export type TeamEdgeData = { modes: TeamInteractionMode[] };

export type TeamGraph = {
  nodes: Array<TeamNodeData & { id: string }>;
  edges: Array<TeamEdgeData & { from: string; to: string; label: string }>;
};

/** `group:default/platform-team` → `platform-team`, for teams without a title. */
export function shortRef(ref: string): string {
  return ref.replace(/^[^:]+:/, '').replace(/^default\//, '');
}

/**
 * The nodes and edges of the team graph for the interactions of the chosen
 * modes: only the teams that take part in one, and one edge per ordered pair
 * of teams, labelled with its modes.
 */
export function buildTeamGraph(
  teams: PersonaTeam[],
  interactions: TeamInteraction[],
  modeLabel: (mode: TeamInteractionMode) => string,
): TeamGraph {
  const byRef = new Map(teams.map(team => [team.ref, team]));
  const pairs = new Map<string, TeamGraph['edges'][number]>();
  const used = new Set<string>();
  for (const interaction of interactions) {
    used.add(interaction.from);
    used.add(interaction.to);
    const key = `${interaction.from}\u0000${interaction.to}`;
    const edge = pairs.get(key) ?? {
      from: interaction.from,
      to: interaction.to,
      modes: [],
      label: '',
    };
    if (!edge.modes.includes(interaction.mode))
      edge.modes.push(interaction.mode);
    pairs.set(key, edge);
  }
  const edges = [...pairs.values()].map(edge => {
    const modes = INTERACTION_MODES.filter(mode => edge.modes.includes(mode));
    return { ...edge, modes, label: modes.map(modeLabel).join(' · ') };
  });
  const nodes = [...used].sort().map(ref => {
    const team = byRef.get(ref);
    return {
      id: ref,
      title: team?.title ?? shortRef(ref),
      teamType: team?.teamType,
      teamTypeSource: team?.teamTypeSource,
    };
  });
  return { nodes, edges };
}
