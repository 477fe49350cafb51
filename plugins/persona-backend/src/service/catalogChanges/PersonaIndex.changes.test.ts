import { component, group, persona, user } from '../../__testUtils__/testGraph';
import { TEAM_TYPE_ANNOTATION } from '@platform-personas/backstage-plugin-persona-common';
import {
  expectFullBuildEquality,
  followedCatalog,
} from './__testUtils__/followedOrg';

describe('PersonaIndex following catalog changes', () => {
  it('applies a new entity without a full read', async () => {
    const { index, catalog, put } = await followedCatalog();
    put(component('billing', 'group:default/apps', 'service'));
    await expect(index.followChanges()).resolves.toBe('applied');
    const { graph } = await index.snapshot();
    expect(graph.get('component:default/billing')).toBeDefined();
    expect(index.stats()).toEqual({ fullBuilds: 1, changeBatches: 1 });
    await expectFullBuildEquality(index, catalog);
  });

  it('applies a changed entity and the other side of its relations', async () => {
    const { index, catalog, put } = await followedCatalog();
    // The portal moves to platform; the catalog restitches both groups.
    put(component('portal', 'group:default/platform', 'service'));
    put({
      ...group('platform'),
      relations: [{ type: 'ownerOf', targetRef: 'component:default/portal' }],
    });
    await expect(index.followChanges()).resolves.toBe('applied');
    const { graph } = await index.snapshot();
    expect(graph.ownersOf('component:default/portal')).toEqual([
      'group:default/platform',
    ]);
    expect(index.stats().fullBuilds).toBe(1);
    await expectFullBuildEquality(index, catalog);
  });

  it('drops a deleted entity', async () => {
    const { index, catalog, delete: remove } = await followedCatalog();
    remove('component:default/portal');
    await expect(index.followChanges()).resolves.toBe('applied');
    const { graph } = await index.snapshot();
    expect(graph.get('component:default/portal')).toBeUndefined();
    expect(index.stats().fullBuilds).toBe(1);
    await expectFullBuildEquality(index, catalog);
  });

  it("applies a group's team type with the group", async () => {
    const { index, catalog, put } = await followedCatalog();
    put({
      ...group('apps'),
      metadata: {
        name: 'apps',
        namespace: 'default',
        annotations: { [TEAM_TYPE_ANNOTATION]: 'platform', other: 'x' },
      },
    });
    await expect(index.followChanges()).resolves.toBe('applied');
    const { graph } = await index.snapshot();
    expect(graph.get('group:default/apps')?.metadata.annotations).toEqual({
      [TEAM_TYPE_ANNOTATION]: 'platform',
    });
    await expectFullBuildEquality(index, catalog);
  });

  it('applies a Persona whose selectors read the same fields', async () => {
    const { index, catalog, put } = await followedCatalog();
    put(
      persona('builder', {
        description: 'Builds services',
        builds: [{ filter: { kind: 'Component', 'spec.type': 'website' } }],
      }),
    );
    await expect(index.followChanges()).resolves.toBe('applied');
    expect(index.stats().fullBuilds).toBe(1);
    await expectFullBuildEquality(index, catalog);
  });

  it('rebuilds when a Persona needs other fields', async () => {
    const { index, catalog, put } = await followedCatalog();
    put(
      persona('builder', {
        builds: [{ filter: { 'spec.system': 'payments' } }],
      }),
    );
    await expect(index.followChanges()).resolves.toBe('rebuilt');
    const snapshot = await index.snapshot();
    expect(snapshot.fields).toContain('spec.system');
    expect(index.stats()).toEqual({ fullBuilds: 2, changeBatches: 0 });
    await expectFullBuildEquality(index, catalog);
  });

  it('reads nothing by ref while the catalog does not change', async () => {
    const { index, reads, put } = await followedCatalog();
    await expect(index.followChanges()).resolves.toBe('unchanged');
    // Within the sweep budget only the cheap questions are asked...
    await expect(index.followChanges()).resolves.toBe('idle');
    // ...which see a new entity or a changed Persona at once.
    put(user('joe', ['apps']));
    await expect(index.followChanges()).resolves.toBe('applied');
    put(persona('builder', { builds: [], description: 'now empty' }));
    await expect(index.followChanges()).resolves.toBe('applied');
    await expect(index.followChanges()).resolves.toBe('unchanged');
    expect(reads.byRefs).toBe(2);
    expect(index.stats()).toEqual({ fullBuilds: 1, changeBatches: 2 });
  });

  it('reads held fields of changed entities too', async () => {
    const { index, catalog, put } = await followedCatalog();
    index.holdFields(['metadata.labels']);
    await new Promise(resolve => setTimeout(resolve, 10));
    expect((await index.snapshot()).fields).toContain('metadata.labels');
    put({
      ...component('api-gw', 'group:default/platform', 'service'),
      metadata: { name: 'api-gw', namespace: 'default', labels: { a: 'b' } },
    });
    await expect(index.followChanges()).resolves.toBe('applied');
    const { graph } = await index.snapshot();
    expect(graph.get('component:default/api-gw')?.metadata.labels).toEqual({
      a: 'b',
    });
    await expectFullBuildEquality(index, catalog, ['metadata.labels']);
  });
});
