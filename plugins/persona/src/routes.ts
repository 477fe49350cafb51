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

/**
 * The route of the authoring guide shipped with the plugin: `/authoring`
 * under the Personas page, linked from every empty state unless
 * `persona.authoringDocsUrl` points elsewhere.
 *
 * @public
 */
export const authoringRouteRef = createSubRouteRef({
  id: 'persona-authoring',
  parent: rootRouteRef,
  path: '/authoring',
});
