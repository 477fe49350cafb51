import { CacheManager } from '@backstage/backend-defaults/cache';
import { TestCaches, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { PersonaGraph } from '../resolution';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { indexVersionOf } from './indexVersion';
import { PersonaIndexSnapshot } from './PersonaIndex';
import { ResolvedViewCache, VIEW_SHAPE_VERSION } from './ResolvedViewCache';

const group = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const snapshotOf = (names: string[], builtAt = new Date()) => {
  const entities = names.map(group);
  return {
    graph: new PersonaGraph(entities),
    version: indexVersionOf(entities),
    builtAt,
    buildMillis: 1,
    entityCount: names.length,
  } satisfies PersonaIndexSnapshot;
};

const caches = TestCaches.create({ ids: ['MEMORY', 'REDIS_7'] });

describe.each(caches.eachSupportedId())('ResolvedViewCache on %s', cacheId => {
  /** Two backend replicas' caches: the same store when it is shared. */
  async function replicaCaches() {
    const { store, connection } = await caches.init(cacheId);
    const config = new ConfigReader({
      backend: { cache: { store, connection } },
    });
    const manager = CacheManager.fromConfig(config);
    const logger = mockServices.logger.mock();
    // A namespace of its own: no test sees what another one left in Redis.
    const namespace = `persona-test-${randomUUID()}`;
    return [
      new ResolvedViewCache(manager.forPlugin(namespace), logger),
      new ResolvedViewCache(
        cacheId === 'MEMORY'
          ? manager.forPlugin(namespace)
          : CacheManager.fromConfig(config).forPlugin(namespace),
        logger,
      ),
    ];
  }

  it('answers a view with its meta, compressed and plain alike, and nothing for an unknown entity', async () => {
    const [cache] = await replicaCaches();
    const snapshot = snapshotOf(['a']);
    const view = await cache.get(snapshot, 'group:default/a');
    expect(JSON.parse(view!.json())).toEqual({
      type: 'holder',
      entityRef: 'group:default/a',
      personas: [],
      ownedPersonas: [],
      subTeams: [],
      titles: {},
      meta: {
        indexVersion: snapshot.version,
        indexBuiltAt: snapshot.builtAt.toISOString(),
        indexEntityCount: 1,
        indexBuildMillis: 1,
      },
    });
    expect(gunzipSync(view!.gzipped()).toString()).toBe(view!.json());
    expect(view!.refs()).toEqual(['group:default/a']);
    expect(await cache.get(snapshot, 'group:default/nobody')).toBeUndefined();
  });

  it('shares a resolved view between replicas holding the same catalog data', async () => {
    const [first, second] = await replicaCaches();
    const early = snapshotOf(['a'], new Date('2026-01-01T00:00:00Z'));
    const late = snapshotOf(['a'], new Date('2026-01-01T00:05:00Z'));
    expect(late.version).toBe(early.version);

    const resolved = await first.get(early, 'group:default/a');
    const shared = await second.get(late, 'group:default/a');
    // the second replica answers the very bytes the first one resolved
    expect(shared!.gzipped().equals(resolved!.gzipped())).toBe(true);
    expect(shared!.view()).toEqual(resolved!.view());
    expect(shared!.refs()).toEqual(['group:default/a']);
  });

  it('never answers a view of other catalog data', async () => {
    const [first, second] = await replicaCaches();
    await first.get(snapshotOf(['a']), 'group:default/a');
    const changed = snapshotOf(['a', 'b']);
    const view = await second.get(changed, 'group:default/a');
    expect(JSON.parse(view!.json()).meta.indexVersion).toBe(changed.version);
    expect(await second.get(changed, 'group:default/b')).toBeDefined();
  });
});

/** A cache service whose `withOptions` answers itself; empty unless told. */
function mockStore(
  methods: Parameters<typeof mockServices.cache.mock>[0] = {
    get: jest.fn().mockResolvedValue(undefined),
    set: jest.fn().mockResolvedValue(undefined),
  },
) {
  const store = mockServices.cache.mock(methods);
  store.withOptions.mockReturnValue(store);
  return store;
}

describe('ResolvedViewCache with a failing cache store', () => {
  it('still answers, and logs why the cache was skipped', async () => {
    const logger = mockServices.logger.mock();
    const broken = mockStore({
      get: jest.fn().mockRejectedValue(new Error('connection refused')),
      set: jest.fn().mockRejectedValue(new Error('connection refused')),
    });
    const cache = new ResolvedViewCache(broken, logger);
    const view = await cache.get(snapshotOf(['a']), 'group:default/a');
    expect(view!.view().entityRef).toBe('group:default/a');
    expect(logger.warn).toHaveBeenCalledWith(
      'Reading the view cache failed: Error: connection refused',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      'Writing the view cache failed: Error: connection refused',
    );
  });
});

describe('ResolvedViewCache keys', () => {
  it('carry the view shape, so an answer cached in an older shape is never served', async () => {
    const store = mockStore();
    const snapshot = snapshotOf(['a']);
    await new ResolvedViewCache(store, mockServices.logger.mock()).get(
      snapshot,
      'group:default/a',
    );
    const key = `views:v${VIEW_SHAPE_VERSION}:${snapshot.version}:group:default/a`;
    expect(VIEW_SHAPE_VERSION).toBeGreaterThan(1);
    expect(store.get).toHaveBeenCalledWith(key);
    expect(store.set).toHaveBeenCalledWith(key, expect.anything());
  });
});

describe('ResolvedViewCache in process', () => {
  function withCountingStore(maxInProcessBytes?: number) {
    const stored = new Map<string, unknown>();
    const store = mockStore({
      get: jest.fn(async (key: string) => stored.get(key)) as any,
      set: jest.fn(async (key: string, value: unknown) => {
        stored.set(key, value);
      }) as any,
    });
    const cache = new ResolvedViewCache(
      store,
      mockServices.logger.mock(),
      maxInProcessBytes,
    );
    return { cache, store };
  }

  it('answers the views it used lately without asking the store, parsed once', async () => {
    const { cache, store } = withCountingStore();
    const snapshot = snapshotOf(['a']);
    const first = await cache.get(snapshot, 'group:default/a');
    const again = await cache.get(snapshot, 'group:default/a');
    expect(again).toBe(first);
    expect(again!.view()).toBe(first!.view());
    expect(store.get).toHaveBeenCalledTimes(1);
    // other catalog data is another entry
    await cache.get(snapshotOf(['a', 'b']), 'group:default/a');
    expect(store.get).toHaveBeenCalledTimes(2);
  });

  it('lets the least recently used views go past its byte bound', async () => {
    const snapshot = snapshotOf(['a', 'b']);
    const probe = withCountingStore();
    const size = (await probe.cache.get(snapshot, 'group:default/a'))!.gzipped()
      .length;
    // Room for one view, charged 16 times its gzip size.
    const { cache, store } = withCountingStore(size * 16 * 1.5);
    await cache.get(snapshot, 'group:default/a');
    await cache.get(snapshot, 'group:default/b');
    await cache.get(snapshot, 'group:default/b');
    expect(store.get).toHaveBeenCalledTimes(2);
    await cache.get(snapshot, 'group:default/a');
    expect(store.get).toHaveBeenCalledTimes(3);
  });
});

describe('ResolvedViewCache in process, across indexes', () => {
  it('keeps views of the newest index only, and none of an older one', async () => {
    const store = mockStore();
    const cache = new ResolvedViewCache(store, mockServices.logger.mock());
    const old = snapshotOf(['a'], new Date('2026-01-01T00:00:00Z'));
    const rebuilt = snapshotOf(['a'], new Date('2026-01-01T00:01:00Z'));
    const changed = snapshotOf(['a', 'b'], new Date('2026-01-01T00:02:00Z'));

    const first = await cache.get(old, 'group:default/a');
    expect(await cache.get(old, 'group:default/a')).toBe(first);
    // the same data rebuilt: the views of the first build are let go
    const again = await cache.get(rebuilt, 'group:default/a');
    expect(again).not.toBe(first);
    expect(await cache.get(rebuilt, 'group:default/a')).toBe(again);
    const newest = await cache.get(changed, 'group:default/a');
    expect(await cache.get(changed, 'group:default/a')).toBe(newest);
    // a request still on an older index is answered, not kept
    const late = await cache.get(rebuilt, 'group:default/a');
    expect(late).not.toBe(again);
    expect(await cache.get(rebuilt, 'group:default/a')).not.toBe(late);
    expect(await cache.get(changed, 'group:default/a')).toBe(newest);
  });
});
