import { PersonaIndexMeta } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaIndexSnapshot } from './PersonaIndex';

/**
 * The index behind an answer, as answers report it: the same for every answer
 * of a snapshot, so that whole answers can be kept.
 */
export function indexMeta({
  version,
  builtAt,
  entityCount,
  buildMillis,
}: PersonaIndexSnapshot): PersonaIndexMeta {
  return {
    indexVersion: version,
    indexBuiltAt: builtAt.toISOString(),
    indexEntityCount: entityCount,
    indexBuildMillis: buildMillis,
  };
}
