import { PersonaIndexMeta } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaIndexSnapshot } from './PersonaIndex';

/** How old the index behind an answer is, as answers report it. */
export function indexMeta({ builtAt }: PersonaIndexSnapshot): PersonaIndexMeta {
  return {
    indexBuiltAt: builtAt.toISOString(),
    indexAgeSeconds: Math.round((Date.now() - builtAt.getTime()) / 1000),
  };
}
