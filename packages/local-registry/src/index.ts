/**
 * A throwaway npm registry on 127.0.0.1 for tests that install the packed
 * `@platform-personas` plugins the way an adopter does: from a registry, by
 * name, with only that scope routed to it through Yarn's `npmScopes`.
 *
 * @packageDocumentation
 */

export { startLocalRegistry } from './startLocalRegistry';
export type { LocalRegistry } from './startLocalRegistry';
export { publishTarballs } from './publishTarballs';
export { adopterYarnrc } from './adopterYarnrc';
