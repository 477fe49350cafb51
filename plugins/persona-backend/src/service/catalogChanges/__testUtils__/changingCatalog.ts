import { SchedulerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createHash } from 'node:crypto';
import { PersonaIndex } from '../../PersonaIndex';

/**
 * A catalog for the tests of the index that follows changes: entities can
 * be put and deleted, each with an etag that is a digest of its content,
 * as the catalog's stitching sets it, and it counts the reads by ref.
 */
export function changingCatalog(initial: Entity[]) {
  const entities = new Map<string, Entity>();
  const put = (entity: Entity) => {
    const { etag: _, ...metadata } = entity.metadata;
    const etag = createHash('sha1')
      .update(JSON.stringify({ ...entity, metadata }))
      .digest('hex');
    entities.set(stringifyEntityRef(entity), {
      ...entity,
      metadata: { ...metadata, etag },
    });
  };
  initial.forEach(put);
  const client = () => catalogServiceMock({ entities: [...entities.values()] });
  const reads = { byRefs: 0 };
  const catalog = {
    streamEntities: (request, options) =>
      client().streamEntities(request, options),
    queryEntities: (request, options) =>
      client().queryEntities(request, options),
    getEntitiesByRefs: (request, options) => {
      reads.byRefs += 1;
      return client().getEntitiesByRefs(request, options);
    },
  } as Partial<CatalogService> as CatalogService;
  return {
    catalog,
    reads,
    put,
    delete: (ref: string) => entities.delete(ref),
  };
}

/**
 * An index of `catalog` that follows changes only when told to, asking the
 * cheap questions at every tick and sweeping at most every ~2 s.
 */
export async function followingIndex(
  catalog: CatalogService,
  refreshInterval = { hours: 1 },
  hintTrust?: ConstructorParameters<typeof PersonaIndex>[0]['hintTrust'],
) {
  const index = new PersonaIndex({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    hintTrust,
    // Process CPU time counts every thread (GC included), so under load a
    // finite budget could defer the next cheap question past an immediate
    // call; with no budget the cheap questions run on every call and only
    // the sweep waits for its tick.
    changeBudget: Number.POSITIVE_INFINITY,
    busyChangeBudget: Number.POSITIVE_INFINITY,
  });
  const scheduler = {
    scheduleTask: async () => {},
  } as Partial<SchedulerService> as SchedulerService;
  await index.schedule(scheduler, refreshInterval);
  await index.refresh();
  return index;
}

/** The snapshot a new index builds from a full read of `catalog`, holding `heldFields`. */
export async function fullBuildOf(
  catalog: CatalogService,
  heldFields: string[] = [],
) {
  const index = new PersonaIndex({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
  });
  index.holdFields(heldFields);
  return index.refresh();
}
