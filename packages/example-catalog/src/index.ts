/**
 * Test support: the example portal's catalog config, for integration tests.
 *
 * @packageDocumentation
 */

export { exampleCatalogConfig } from './exampleCatalogConfig';
