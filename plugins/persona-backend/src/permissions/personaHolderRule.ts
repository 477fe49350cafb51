import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { personaHolderFilter } from '@platform-personas/backstage-plugin-persona-node';
import { z } from 'zod';

/**
 * The `IS_PERSONA_HOLDER` rule as the persona catalog module registers it,
 * for translating conditions only: its query is the module's own
 * {@link personaHolderFilter}, and the index evaluates that query, never
 * `apply`.
 */
export const personaHolderRule = createPermissionRule({
  name: 'IS_PERSONA_HOLDER',
  description:
    'Allow Persona entities that are held by one of the given claims (User or Group refs)',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({ claims: z.array(z.string()) }),
  apply: () => {
    throw new Error('IS_PERSONA_HOLDER is evaluated through its query only');
  },
  toQuery: ({ claims }) => personaHolderFilter(claims),
});
