import { component, group, persona } from '../../__testUtils__/testGraph';
import {
  expectFullBuildEquality,
  followedCatalog,
} from './__testUtils__/followedOrg';

describe('PersonaIndex following hinted refs', () => {
  it('gives back a hinted ref the catalog has not stitched yet', async () => {
    const { index, reads } = await followedCatalog();
    const before = (await index.snapshot()).version;
    expect(await index.followHints(['component:default/portal'])).toEqual([
      'component:default/portal',
    ]);
    expect((await index.snapshot()).version).toBe(before);
    expect(reads.byRefs).toBeGreaterThan(0);
    expect(index.stats()).toEqual({ fullBuilds: 1, changeBatches: 0 });
  });

  it('applies a hinted entity and the other side of its relations, with no sweep', async () => {
    const { index, catalog, put } = await followedCatalog();
    // The portal moves to platform; the catalog restitches both groups.
    put(component('portal', 'group:default/platform', 'service'));
    put({
      ...group('platform'),
      relations: [{ type: 'ownerOf', targetRef: 'component:default/portal' }],
    });
    expect(await index.followHints(['component:default/portal'])).toEqual([]);
    const { graph } = await index.snapshot();
    expect(graph.ownersOf('component:default/portal')).toEqual([
      'group:default/platform',
    ]);
    expect(index.stats()).toEqual({ fullBuilds: 1, changeBatches: 1 });
    await expectFullBuildEquality(index, catalog);
    // Looked at again, it shows nothing more.
    expect(await index.followHints(['component:default/portal'])).toEqual([
      'component:default/portal',
    ]);
  });

  it('drops a hinted entity the catalog no longer holds', async () => {
    const { index, catalog, delete: remove } = await followedCatalog();
    remove('component:default/portal');
    expect(await index.followHints(['component:default/portal'])).toEqual([]);
    expect(
      (await index.snapshot()).graph.get('component:default/portal'),
    ).toBeUndefined();
    await expectFullBuildEquality(index, catalog);
  });

  it('rebuilds when a hinted Persona needs other fields', async () => {
    const { index, put } = await followedCatalog();
    put(persona('builder', { builds: [{ filter: { 'spec.system': 'pay' } }] }));
    expect(await index.followHints(['persona:default/builder'])).toEqual([]);
    expect((await index.snapshot()).fields).toContain('spec.system');
    expect(index.stats().fullBuilds).toBe(2);
  });
});
