import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { RELATION_PERSONA_OF } from '@platform-personas/backstage-plugin-persona-common';
import {
  normaliseEntityRef,
  personaHolderFilter,
} from '@platform-personas/backstage-plugin-persona-node';
import { z } from 'zod';

/**
 * A permission rule for catalog entities: the entity is a Persona that one of
 * the `claims` holds, that is one of its `personaOf` relations points to a
 * claimed User or Group.
 *
 * @remarks
 *
 * A rule only sees its parameters, so inheritance lives in the claims: pass
 * the caller's user ref, groups and their ancestor groups, as
 * {@link resolvePersonaHolderClaims} returns them. Refs are compared in full
 * form and regardless of case. The catalog module of this package registers
 * the rule; policies build conditions with {@link personaConditions}.
 *
 * @public
 */
export const isPersonaHolder = createPermissionRule({
  name: 'IS_PERSONA_HOLDER',
  description:
    'Allow Persona entities that are held by one of the given claims (User or Group refs)',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        `List of User and Group refs to match at least one of within ${RELATION_PERSONA_OF}`,
      ),
  }),
  apply(entity, { claims }) {
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
  toQuery: ({ claims }) => personaHolderFilter(claims),
});
