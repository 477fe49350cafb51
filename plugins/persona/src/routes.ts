import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the Personas explorer page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'persona' });

/**
 * The route of the Persona validator: `/validate` under the Personas page
 * (so `/personas/validate` where the page is mounted at `/personas`).
 *
 * @public
 */
export const validateRouteRef = createSubRouteRef({
  id: 'persona-validate',
  parent: rootRouteRef,
  path: '/validate',
});
