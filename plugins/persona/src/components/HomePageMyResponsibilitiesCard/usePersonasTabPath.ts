import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';

function useOptionalEntityRoute() {
  // useRouteRef throws for a route the app did not mount only after its own
  // hooks ran, so catching keeps the hook order stable between renders
  try {
    return useRouteRef(entityRouteRef);
  } catch {
    return undefined;
  }
}

/**
 * The path of the Personas tab of an entity page (both example apps and the
 * new frontend system's default mount it at `personas`), or undefined when
 * the app mounted no entity pages — a link must never fail the card.
 */
export function usePersonasTabPath(entityRef: string): string | undefined {
  const entityRoute = useOptionalEntityRoute();
  if (!entityRoute) {
    return undefined;
  }
  return `${entityRoute(entityRouteParams(entityRef))}/personas`;
}
