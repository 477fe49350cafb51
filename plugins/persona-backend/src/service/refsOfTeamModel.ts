import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph, TeamModel } from '../resolution';

/**
 * Every entity an interactions, Team API or facts answer may name or be
 * computed from — and every group, so that one answer of the catalog serves
 * the questions about any team: what the caller must be allowed to read.
 */
export function refsOfTeamModel(
  graph: PersonaGraph,
  model: TeamModel,
): Set<string> {
  const refs = new Set(graph.refsOfKind('group'));
  for (const { ref, modes } of model.components) {
    refs.add(ref);
    for (const mode of PERSONA_MODES) {
      for (const [holder, personas] of modes[mode]) {
        refs.add(holder);
        personas.forEach(p => refs.add(p));
      }
    }
  }
  for (const { team, persona, holder } of model.holdings) {
    refs.add(team).add(persona).add(holder);
  }
  return refs;
}
