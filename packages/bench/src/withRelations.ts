import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  getPersonaRefs,
  isPersonaEntity,
  PERSONA_MODES,
  PERSONA_MODE_RELATIONS,
  RELATION_HAS_PERSONA,
  RELATION_PERSONA_OF,
} from '@platform-personas/backstage-plugin-persona-common';

/**
 * The generated entities with the relations the catalog's processors would
 * give them (ownership, membership, the group tree, systems, and a persona's
 * owner, holders and referenced targets; selector matches are left out), so
 * that the index can be built from them without a catalog.
 */
export function withRelations(entities: Entity[]): Entity[] {
  const relations = new Map<string, Entity['relations']>();
  const add = (source: string, type: string, target: string) => {
    const list = relations.get(source) ?? [];
    list.push({ type, targetRef: target });
    relations.set(source, list);
  };
  const pair = (from: string, out: string, to: string, back: string) => {
    add(from, out, to);
    add(to, back, from);
  };
  const ref = (value: string, kind: string) =>
    stringifyEntityRef(parseEntityRef(value, { defaultKind: kind }));
  for (const entity of entities) {
    const self = stringifyEntityRef(entity);
    const spec = (entity.spec ?? {}) as Record<string, any>;
    if (isPersonaEntity(entity)) {
      const refs = getPersonaRefs(entity);
      pair(self, 'ownedBy', refs.owner, 'ownerOf');
      for (const holder of refs.holders) {
        pair(self, RELATION_PERSONA_OF, holder, RELATION_HAS_PERSONA);
      }
      for (const mode of PERSONA_MODES) {
        const { outgoing, incoming } = PERSONA_MODE_RELATIONS[mode];
        for (const target of refs.modes[mode].refs) {
          pair(self, outgoing, target, incoming);
        }
      }
      continue;
    }
    if (spec.owner) pair(self, 'ownedBy', ref(spec.owner, 'group'), 'ownerOf');
    if (spec.system)
      pair(self, 'partOf', ref(spec.system, 'system'), 'hasPart');
    if (spec.parent)
      pair(self, 'childOf', ref(spec.parent, 'group'), 'parentOf');
    for (const group of spec.memberOf ?? []) {
      pair(self, 'memberOf', ref(group, 'group'), 'hasMember');
    }
  }
  return entities.map(e => ({
    ...e,
    relations: relations.get(stringifyEntityRef(e)) ?? [],
  }));
}
