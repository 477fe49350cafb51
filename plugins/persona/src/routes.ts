import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the Personas explorer page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'persona' });
