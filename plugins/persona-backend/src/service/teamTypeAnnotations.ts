import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { TEAM_TYPE_ANNOTATION } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The groups of `entities` with the team type annotation of `annotated` (the
 * same groups, read with their annotations) merged in, and no other
 * annotation: the index keeps this one key rather than every annotation of
 * every group, most of which no answer reads.
 */
export function withTeamTypeAnnotations(
  entities: Entity[],
  annotated: Entity[],
): Entity[] {
  const teamTypes = new Map<string, string>();
  for (const group of annotated) {
    const value = group.metadata.annotations?.[TEAM_TYPE_ANNOTATION];
    // Catalog fakes and older catalogs may ignore the kind filter.
    if (group.kind.toLocaleLowerCase('en-US') !== 'group') continue;
    if (value !== undefined) teamTypes.set(stringifyEntityRef(group), value);
  }
  if (teamTypes.size === 0) return entities;
  return entities.map(entity => {
    const value =
      entity.kind.toLocaleLowerCase('en-US') === 'group'
        ? teamTypes.get(stringifyEntityRef(entity))
        : undefined;
    if (value === undefined) return entity;
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          [TEAM_TYPE_ANNOTATION]: value,
        },
      },
    };
  });
}
