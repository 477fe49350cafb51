import { Entity } from '@backstage/catalog-model';
import { RELATION_PERSONA_OF } from '@platform-personas/backstage-plugin-persona-common';
import { z } from 'zod';
import { normaliseEntityRef, personaHolderFilter } from './personaHolderFilter';

/**
 * The parameters of the `IS_PERSONA_HOLDER` rule: the caller's User and
 * Group refs, with the groups their groups descend from.
 *
 * @public
 */
export type PersonaHolderRuleParams = { claims: string[] };

/**
 * The `IS_PERSONA_HOLDER` catalog permission rule apart from its resource
 * ref: pass it with `catalogEntityPermissionResourceRef` to
 * `createPermissionRule`. One definition for the rule the persona catalog
 * module registers and for the persona backend, which evaluates the same
 * conditions against its index.
 *
 * @remarks
 *
 * The entity is a Persona that one of the `claims` holds: one of its
 * `personaOf` relations points to a claimed User or Group. Refs are compared
 * in full form and regardless of case.
 *
 * @public
 */
export const personaHolderRuleDefinition = {
  name: 'IS_PERSONA_HOLDER',
  description:
    'Allow Persona entities that are held by one of the given claims (User or Group refs)',
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        `List of User and Group refs to match at least one of within ${RELATION_PERSONA_OF}`,
      ),
  }),
  apply(entity: Entity, { claims }: PersonaHolderRuleParams): boolean {
    if (entity.kind.toLocaleLowerCase('en-US') !== 'persona') {
      return false;
    }
    const claimed = new Set(claims.map(claim => normaliseEntityRef(claim)));
    return (entity.relations ?? []).some(
      relation =>
        relation.type === RELATION_PERSONA_OF &&
        claimed.has(normaliseEntityRef(relation.targetRef)),
    );
  },
  toQuery: ({ claims }: PersonaHolderRuleParams) => personaHolderFilter(claims),
};
