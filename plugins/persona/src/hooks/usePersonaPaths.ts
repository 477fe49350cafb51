import { useRouteRef } from '@backstage/core-plugin-api';
import { authoringRouteRef, rootRouteRef, validateRouteRef } from '../routes';

const DEFAULT_EXPLORER_PATH = '/personas';
const DEFAULT_VALIDATOR_PATH = '/personas/validate';
const DEFAULT_AUTHORING_PATH = '/personas/authoring';

// useRouteRef throws for a route that the app did not mount only after its
// own hooks ran, so catching keeps the hook order stable between renders; a
// link must never fail the view it is in because of a missing route.

/**
 * The path of the Persona validator, under wherever the app mounted the
 * Personas page — or its default path when the app did not mount it.
 */
export function useValidatorPath(): string {
  try {
    return useRouteRef(validateRouteRef)();
  } catch {
    return DEFAULT_VALIDATOR_PATH;
  }
}

/**
 * The path of the Personas page, wherever the app mounted it — or its
 * default path when the app did not mount it.
 */
export function useExplorerPath(): string {
  try {
    return useRouteRef(rootRouteRef)();
  } catch {
    return DEFAULT_EXPLORER_PATH;
  }
}

/**
 * The path of the authoring guide shipped with the plugin, under wherever the
 * app mounted the Personas page — or its default path when it did not.
 */
export function useAuthoringGuidePath(): string {
  try {
    return useRouteRef(authoringRouteRef)();
  } catch {
    return DEFAULT_AUTHORING_PATH;
  }
}
