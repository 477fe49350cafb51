import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogClient } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaIndex } from '@platform-personas/backstage-plugin-persona-backend/alpha';

const gc = () => (global as { gc?: () => void }).gc?.();

/**
 * Builds the persona index in this process, with the plugin's own code, from
 * the running catalog, and measures what it costs: the heap it keeps, the
 * time of a rebuild and the catalog requests that rebuild makes.
 */
export async function measureIndex(catalogUrl: string, token: string) {
  const client = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => catalogUrl },
    fetchApi: { fetch },
  });
  let requests = 0;
  const catalog = {
    async *streamEntities(
      request: Parameters<CatalogService['streamEntities']>[0],
    ) {
      for await (const page of client.streamEntities(request, { token })) {
        requests += 1;
        yield page;
      }
    },
  } as unknown as CatalogService;
  const quiet = {
    debug() {},
    info() {},
    warn() {},
    error() {},
    child: () => quiet,
  };
  const index = new PersonaIndex({
    catalog,
    auth: {
      getOwnServiceCredentials: async () => ({}),
    } as unknown as AuthService,
    logger: quiet as unknown as LoggerService,
  });

  gc();
  const before = process.memoryUsage().heapUsed;
  const first = await index.refresh();
  gc();
  const heapBytes = process.memoryUsage().heapUsed - before;
  requests = 0;
  const second = await index.refresh();
  return {
    entityCount: first.entityCount,
    heapBytes,
    rebuildMillis: second.buildMillis,
    rebuildPages: requests,
    personas: second.graph.personas().length,
  };
}
