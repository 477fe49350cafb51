import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { personaHolderRuleDefinition } from '@platform-personas/backstage-plugin-persona-node';

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
  ...personaHolderRuleDefinition,
  resourceRef: catalogEntityPermissionResourceRef,
});
