import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { createConditionExports } from '@backstage/plugin-permission-node';
import { isPersonaHolder } from './isPersonaHolder';

const { conditions } = createConditionExports({
  resourceRef: catalogEntityPermissionResourceRef,
  rules: { isPersonaHolder },
});

/**
 * Condition factories of the Persona permission rules, for conditional
 * decisions on catalog entities, for example
 * `createCatalogConditionalDecision(permission, personaConditions.isPersonaHolder({ claims }))`.
 *
 * @public
 */
export const personaConditions = conditions;
