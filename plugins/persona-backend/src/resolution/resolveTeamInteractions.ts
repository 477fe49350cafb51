import {
  PersonaTeam,
  TeamInteraction,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { resolveInteractions } from './resolveInteractions';
import { TeamModel } from './teamModel';
import { resolveTeam } from './teamType';
import { teamTypeEvidence } from './teamTypeEvidence';

/**
 * The teams and interactions of an interactions answer, without its meta.
 *
 * @public
 */
export type TeamInteractions = {
  teams: PersonaTeam[];
  interactions: TeamInteraction[];
  titles: Record<string, string>;
};

/**
 * The interactions answer over a (caller's) {@link TeamModel}: every team —
 * a group that holds a persona, directly or by inheritance, whether or not
 * it interacts — and every interaction; with `group`, only the interactions
 * that involve that group and the teams that take part in them (the group
 * itself when it is a team). `titles` names the components and personas of
 * the interactions that have a title.
 *
 * @public
 */
export function resolveTeamInteractions(
  graph: PersonaGraph,
  model: TeamModel,
  options: { group?: string } = {},
): TeamInteractions {
  const all = resolveInteractions(model);
  const { group } = options;
  const interactions = group
    ? all.filter(i => i.from === group || i.to === group)
    : all;
  const teamRefs = new Set<string>();
  if (group) {
    if (model.holdings.some(h => h.team === group)) teamRefs.add(group);
    interactions.forEach(i => teamRefs.add(i.from).add(i.to));
  } else {
    model.holdings.forEach(h => teamRefs.add(h.team));
    // A team named only through an interaction still holds a persona.
    all.forEach(i => teamRefs.add(i.from).add(i.to));
  }
  const titles: Record<string, string> = {};
  for (const ref of interactions.flatMap(i => [
    ...i.components,
    ...i.personas,
  ])) {
    const title = graph.get(ref)?.metadata.title;
    if (title) titles[ref] = title;
  }
  const evidence = teamTypeEvidence(model, all);
  return {
    teams: [...teamRefs].sort().map(ref => resolveTeam(graph, ref, evidence)),
    interactions,
    titles,
  };
}
