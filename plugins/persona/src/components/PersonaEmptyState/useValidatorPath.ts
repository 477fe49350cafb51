import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

const DEFAULT_VALIDATOR_PATH = '/personas/validate';

/**
 * The path of the Persona validator, under wherever the app mounted the
 * Personas page — or its default path when the app did not mount it, since
 * an empty state must never fail because of a missing route.
 */
export function useValidatorPath(): string {
  try {
    // useRouteRef throws for an unmounted route only after its own hooks ran,
    // so catching keeps the hook order stable between renders.
    const rootRoute = useRouteRef(rootRouteRef);
    return `${rootRoute().replace(/\/$/, '')}/validate`;
  } catch {
    return DEFAULT_VALIDATOR_PATH;
  }
}
