import {
  TeamApiDocument,
  TeamInteraction,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { resolveInteractions } from './resolveInteractions';
import { ModeHolders, TeamModel } from './teamModel';
import { resolveTeam } from './teamType';
import { teamTypeEvidence } from './teamTypeEvidence';

type Interaction = TeamApiDocument['interactions'][number];

/** What the team does in an interaction, seen from its side. */
function roleOf(
  team: string,
  interaction: TeamInteraction,
): Interaction['role'] {
  if (interaction.mode === 'collaboration') return 'collaborates';
  const from = interaction.from === team;
  if (interaction.mode === 'x-as-a-service')
    return from ? 'provides' : 'consumes';
  return from ? 'facilitates' : 'is-facilitated';
}

/** The other teams (groups) among the holders of one mode, sorted. */
function otherTeams(team: string, holders: ModeHolders): string[] {
  return [...holders.keys()]
    .filter(ref => ref !== team && ref.startsWith('group:'))
    .sort();
}

/**
 * The Team API document of a team over a (caller's) {@link TeamModel},
 * without its meta: the team and its type, the personas it holds (directly
 * or by inheritance) with their responsibilities, the components it builds
 * with the teams that consume them, the components it consumes with the
 * teams that build them, and its interaction with each other team.
 *
 * @public
 */
export function resolveTeamApi(
  graph: PersonaGraph,
  model: TeamModel,
  team: string,
): Omit<TeamApiDocument, 'meta'> {
  const title = (ref: string) => {
    const shown = graph.displayName(ref);
    return shown ? { title: shown } : {};
  };
  const interactions = resolveInteractions(model);
  const personaRefs = [
    ...new Set(model.holdings.filter(h => h.team === team).map(h => h.persona)),
  ].sort();
  const built = model.components.filter(c => c.modes.builds.has(team));
  const consumed = model.components.filter(c => c.modes.consumes.has(team));
  return {
    team: resolveTeam(graph, team, teamTypeEvidence(model, interactions)),
    personas: personaRefs.map(ref => ({
      ref,
      ...title(ref),
      responsibilities:
        graph.persona(ref)?.entity.spec.responsibilities.map(r => r.title) ??
        [],
    })),
    servicesProvided: built.map(c => ({
      ref: c.ref,
      ...title(c.ref),
      consumers: otherTeams(team, c.modes.consumes),
    })),
    dependsOn: consumed.map(c => ({
      ref: c.ref,
      ...title(c.ref),
      providers: otherTeams(team, c.modes.builds),
    })),
    interactions: interactions
      .filter(i => i.from === team || i.to === team)
      .map(i => {
        const other = i.from === team ? i.to : i.from;
        return {
          team: other,
          ...title(other),
          mode: i.mode,
          role: roleOf(team, i),
          components: i.components,
        };
      }),
  };
}
