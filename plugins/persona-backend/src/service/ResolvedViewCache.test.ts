import { PersonaGraph } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaIndexSnapshot } from './PersonaIndex';
import { ResolvedViewCache } from './ResolvedViewCache';
import { gunzipSync } from 'node:zlib';

const group = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const snapshotOf = (names: string[]): PersonaIndexSnapshot => ({
  graph: new PersonaGraph(names.map(group)),
  builtAt: new Date(),
  buildMillis: 1,
  entityCount: names.length,
});

describe('ResolvedViewCache', () => {
  it('resolves once per entity and snapshot, and answers unknown entities with undefined', () => {
    const cache = new ResolvedViewCache();
    const snapshot = snapshotOf(['a']);
    const first = cache.get(snapshot, 'group:default/a');
    expect(first?.view).toEqual({
      type: 'holder',
      entityRef: 'group:default/a',
      personas: [],
    });
    expect(cache.get(snapshot, 'group:default/a')).toBe(first);
    expect(JSON.parse(first!.json())).toEqual({
      ...first!.view,
      meta: {
        indexBuiltAt: snapshot.builtAt.toISOString(),
        indexEntityCount: 1,
        indexBuildMillis: 1,
      },
    });
    expect(gunzipSync(first!.gzipped()).toString()).toBe(first!.json());
    expect(first?.refs()).toEqual(['group:default/a']);
    expect(cache.get(snapshot, 'group:default/nobody')).toBeUndefined();
  });

  it('starts over with a new snapshot, so that no view outlives its index', () => {
    const cache = new ResolvedViewCache();
    const old = cache.get(snapshotOf(['a']), 'group:default/a');
    const fresh = snapshotOf(['b']);
    expect(cache.get(fresh, 'group:default/a')).toBeUndefined();
    expect(cache.get(fresh, 'group:default/b')).not.toBe(old);
  });

  it('keeps at most its limit, dropping the least recently used', () => {
    const cache = new ResolvedViewCache(2);
    const snapshot = snapshotOf(['a', 'b', 'c']);
    const a = cache.get(snapshot, 'group:default/a');
    const b = cache.get(snapshot, 'group:default/b');
    cache.get(snapshot, 'group:default/a');
    cache.get(snapshot, 'group:default/c');
    expect(cache.get(snapshot, 'group:default/a')).toBe(a);
    expect(cache.get(snapshot, 'group:default/b')).not.toBe(b);
  });
});
