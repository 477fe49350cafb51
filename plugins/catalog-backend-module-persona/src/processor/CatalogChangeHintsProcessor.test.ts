import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorCache } from '@backstage/plugin-catalog-node';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import {
  PERSONA_CATALOG_CHANGES_TOPIC,
  PersonaCatalogChangesPayload,
} from '@platform-personas/backstage-plugin-persona-node';
import { CatalogChangeHintsProcessor } from './CatalogChangeHintsProcessor';
import { ChangeHintPublisher } from './ChangeHintPublisher';

/** A processor cache per entity, as the catalog keeps it between runs. */
function processorCaches() {
  const byRef = new Map<string, Map<string, unknown>>();
  return (ref: string): CatalogProcessorCache => {
    const values = byRef.get(ref) ?? new Map<string, unknown>();
    byRef.set(ref, values);
    return {
      get: async <T>(key: string) => values.get(key) as T | undefined,
      set: async (key: string, value: unknown) => {
        values.set(key, value);
      },
    } as CatalogProcessorCache;
  };
}

const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { owner, type: 'service', lifecycle: 'production' },
});

async function setUp(publish?: () => Promise<void>, gatherMs = 10) {
  const logger = mockServices.logger.mock();
  const events = DefaultEventsService.create({ logger });
  const received: string[][] = [];
  await events.subscribe({
    id: 'test',
    topics: [PERSONA_CATALOG_CHANGES_TOPIC],
    async onEvent({ eventPayload }) {
      received.push((eventPayload as PersonaCatalogChangesPayload).entityRefs);
    },
  });
  const publisher = new ChangeHintPublisher({
    events: publish ? { publish, subscribe: async () => {} } : events,
    logger,
  });
  const processor = new CatalogChangeHintsProcessor({
    publisher,
    gatherMs,
  });
  const cacheOf = processorCaches();
  const process = (entity: Entity) =>
    processor.postProcessEntity(
      entity,
      { type: 'url', target: 'x' },
      () => {},
      cacheOf(`component:default/${entity.metadata.name}`),
    );
  const settle = () => new Promise(resolve => setTimeout(resolve, 50));
  return { process, received, settle, logger, processor };
}

describe('CatalogChangeHintsProcessor', () => {
  it('names an entity whose processed form changed, and only then', async () => {
    const { process, received, settle } = await setUp();
    // First sight: the persona backend finds new entities by count.
    await process(component('api', 'group:default/a'));
    await process(component('web', 'group:default/a'));
    await settle();
    expect(received).toEqual([]);
    // Processed again unchanged: nothing to say.
    await process(component('api', 'group:default/a'));
    await settle();
    expect(received).toEqual([]);
    // Both change within the gathering time: one event names both.
    await process(component('api', 'group:default/b'));
    await process(component('web', 'group:default/b'));
    await settle();
    expect(received).toEqual([
      ['component:default/api', 'component:default/web'],
    ]);
  });

  it('publishes what it gathered at once when flushed, as at shutdown', async () => {
    const { process, processor, received } = await setUp(undefined, 60_000);
    await process(component('api', 'group:default/a'));
    await process(component('web', 'group:default/a'));
    await process(component('api', 'group:default/b'));
    expect(received).toEqual([]);
    await processor.flush();
    expect(received).toEqual([['component:default/api']]);
    // Nothing gathered: nothing to publish.
    await processor.flush();
    expect(received).toHaveLength(1);
    // Flushed: later changes are named at the next turn of the event loop,
    // not held back by the gathering, and those of one turn go out together.
    await process(component('api', 'group:default/c'));
    await process(component('web', 'group:default/c'));
    await new Promise(resolve => setTimeout(resolve, 0));
    await new Promise(resolve => setImmediate(resolve));
    expect(received).toEqual([
      ['component:default/api'],
      ['component:default/api', 'component:default/web'],
    ]);
  });

  it('returns the entity untouched, and logs a failing publish instead of failing processing', async () => {
    const failing = jest.fn().mockRejectedValue(new Error('bus down'));
    const { process, settle, logger } = await setUp(failing);
    const entity = component('api', 'group:default/a');
    expect(await process(entity)).toBe(entity);
    await process(component('api', 'group:default/b'));
    await settle();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'Publishing persona catalog change hints failed: Error: bus down',
    );
  });
});
