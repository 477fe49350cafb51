import {
  PlatformComponentFacts,
  PlatformComponentFactsResponse,
} from '@platform-personas/backstage-plugin-persona-common';

/** The facts of one component: none of the personas reach it unless told. */
export function componentFacts(
  entityRef: string,
  facts: Partial<PlatformComponentFacts> = {},
): PlatformComponentFacts {
  return {
    entityRef,
    hasBuilder: false,
    hasEnabler: false,
    hasConsumer: false,
    builderHolderCount: 0,
    onlyInherited: false,
    ...facts,
  };
}

/** An answer of the persona backend's facts endpoint with these items. */
export function factsResponse(
  items: PlatformComponentFacts[],
): PlatformComponentFactsResponse {
  return {
    items,
    meta: {
      indexVersion: 'test',
      indexBuiltAt: '2026-01-01T00:00:00.000Z',
      indexEntityCount: items.length,
      indexBuildMillis: 1,
    },
  };
}
