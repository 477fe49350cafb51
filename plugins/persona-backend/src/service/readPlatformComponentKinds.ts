import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_PLATFORM_COMPONENT_KINDS,
  PlatformComponentKind,
} from '@platform-personas/backstage-plugin-persona-common';

/** `persona.coverage.platformComponents`, or the defaults when absent. */
export function readPlatformComponentKinds(
  config: RootConfigService,
): PlatformComponentKind[] {
  const entries = config.getOptionalConfigArray(
    'persona.coverage.platformComponents',
  );
  if (!entries) return DEFAULT_PLATFORM_COMPONENT_KINDS;
  return entries.map(entry => ({
    kind: entry.getString('kind'),
    types: entry.getOptionalStringArray('types'),
  }));
}
