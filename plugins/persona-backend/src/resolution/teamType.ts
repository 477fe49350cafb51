import {
  PersonaTeam,
  TEAM_TYPE_ANNOTATION,
  TeamType,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { TeamTypeEvidence } from './teamTypeEvidence';

const TEAM_TYPES: ReadonlyArray<TeamType> = [
  'stream-aligned',
  'platform',
  'enabling',
  'complicated-subsystem',
];

/**
 * A team with its type: the annotation's when it names a known type (any
 * other value is ignored, as if absent); inferred otherwise — `platform`
 * when it provides a component x-as-a-service, `enabling` when it enables a
 * component and builds none, `stream-aligned` else. Inferred from the
 * evidence of a caller's model, so a type tells nothing the caller may not
 * read.
 *
 * @public
 */
export function resolveTeam(
  graph: PersonaGraph,
  ref: string,
  evidence: TeamTypeEvidence,
): PersonaTeam {
  const title = graph.displayName(ref);
  const annotated = graph.get(ref)?.metadata.annotations?.[
    TEAM_TYPE_ANNOTATION
  ] as TeamType | undefined;
  const base = { ref, ...(title ? { title } : {}) };
  if (annotated && TEAM_TYPES.includes(annotated)) {
    return { ...base, teamType: annotated, teamTypeSource: 'annotation' };
  }
  let teamType: TeamType = 'stream-aligned';
  if (evidence.providers.has(ref)) teamType = 'platform';
  else if (evidence.enablers.has(ref) && !evidence.builders.has(ref)) {
    teamType = 'enabling';
  }
  return { ...base, teamType, teamTypeSource: 'inferred' };
}
