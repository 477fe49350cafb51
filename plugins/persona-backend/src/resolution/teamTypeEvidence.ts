import { TeamInteraction } from '@platform-personas/backstage-plugin-persona-common';
import { TeamModel } from './teamModel';

/**
 * What a team's inferred type is decided from: the teams that provide a
 * component x-as-a-service, and the holders that build or enable any.
 *
 * @public
 */
export type TeamTypeEvidence = {
  providers: Set<string>;
  builders: Set<string>;
  enablers: Set<string>;
};

/**
 * The {@link TeamTypeEvidence} of a model and its interactions, gathered
 * once rather than searched for each team.
 *
 * @public
 */
export function teamTypeEvidence(
  model: TeamModel,
  interactions: TeamInteraction[],
): TeamTypeEvidence {
  const evidence: TeamTypeEvidence = {
    providers: new Set(
      interactions.filter(i => i.mode === 'x-as-a-service').map(i => i.from),
    ),
    builders: new Set(),
    enablers: new Set(),
  };
  for (const { modes } of model.components) {
    modes.builds.forEach((_, holder) => evidence.builders.add(holder));
    modes.enables.forEach((_, holder) => evidence.enablers.add(holder));
  }
  return evidence;
}
