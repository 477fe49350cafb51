/**
 * Test support for integration tests: the example portal's catalog config,
 * and an auth service that forwards the calling plugin as actor.
 *
 * @packageDocumentation
 */

export { exampleCatalogConfig } from './exampleCatalogConfig';
export { actorForwardingAuthFactory } from './actorForwardingAuth';
export { waitFor } from './waitFor';
export { permissionPolicyModule } from './permissionPolicyModule';
export { permissionedCatalogFeatures } from './permissionedCatalogFeatures';
