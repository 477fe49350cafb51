import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { personaHolderRuleDefinition } from '@platform-personas/backstage-plugin-persona-node';

/** The `IS_PERSONA_HOLDER` rule as the persona catalog module registers it. */
export const personaHolderRule = createPermissionRule({
  ...personaHolderRuleDefinition,
  resourceRef: catalogEntityPermissionResourceRef,
});
