import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaIndexSnapshot } from './PersonaIndex';
import type { PersonaIndexService } from './personaIndexServiceRef';
import { withTimeout } from './withTimeout';

/**
 * The current index snapshot, or — when it lacks `entityRef` but the catalog
 * holds it for the caller (an entity created since the last build) — one
 * built after this call, so that an entity the catalog has is never a 404
 * for want of a rebuild.
 */
export async function snapshotWithEntity(
  options: {
    index: PersonaIndexService;
    catalog: CatalogService;
    catalogTimeoutMs?: number;
  },
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<PersonaIndexSnapshot> {
  const snapshot = await options.index.snapshot();
  if (snapshot.graph.get(entityRef)) return snapshot;
  let entity;
  try {
    entity = await withTimeout(
      options.catalog.getEntityByRef(entityRef, { credentials }),
      options.catalogTimeoutMs ?? 10_000,
    );
  } catch (error) {
    throw new ServiceUnavailableError(
      `Could not ask the catalog about ${entityRef}: ${stringifyError(error)}`,
    );
  }
  return entity ? options.index.catchUpWithCatalog() : snapshot;
}
