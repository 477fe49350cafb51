import { component, group, persona } from '../../__testUtils__/testGraph';
import { SchedulerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { PersonaIndex } from '../PersonaIndex';
import { changingCatalog } from './__testUtils__/changingCatalog';
import {
  expectFullBuildEquality,
  FOLLOWED_ORG,
  followedCatalog,
} from './__testUtils__/followedOrg';

describe('PersonaIndex following hinted refs', () => {
  it('gives back a hinted ref the catalog has not stitched yet', async () => {
    const { index, reads } = await followedCatalog();
    const before = (await index.snapshot()).version;
    expect(await index.followHints(['component:default/portal'])).toEqual({
      changed: [],
      quiet: ['component:default/portal'],
    });
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
    const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    expect(await index.followHints(['component:default/portal'])).toEqual({
      changed: ['component:default/portal'],
      quiet: [],
    });
    // The targets' etags are read without their relations: the old owner,
    // unchanged, is only ever asked for its etag.
    const askedForApps = byRefs.mock.calls
      .map(([request]) => request)
      .filter(request => request.entityRefs.includes('group:default/apps'));
    expect(askedForApps).toHaveLength(1);
    expect(askedForApps[0].fields).not.toContain('relations');
    const { graph } = await index.snapshot();
    expect(graph.ownersOf('component:default/portal')).toEqual([
      'group:default/platform',
    ]);
    expect(index.stats()).toEqual({ fullBuilds: 1, changeBatches: 1 });
    await expectFullBuildEquality(index, catalog);
    // Looked at again, it shows nothing more.
    expect(await index.followHints(['component:default/portal'])).toEqual({
      changed: [],
      quiet: ['component:default/portal'],
    });
  });

  it('drops a hinted entity the catalog no longer holds', async () => {
    const { index, catalog, delete: remove } = await followedCatalog();
    remove('component:default/portal');
    expect(
      (await index.followHints(['component:default/portal'])).changed,
    ).toEqual(['component:default/portal']);
    expect(
      (await index.snapshot()).graph.get('component:default/portal'),
    ).toBeUndefined();
    await expectFullBuildEquality(index, catalog);
  });

  it('rebuilds when a hinted Persona needs other fields', async () => {
    const { index, put } = await followedCatalog();
    put(persona('builder', { builds: [{ filter: { 'spec.system': 'pay' } }] }));
    expect(
      (await index.followHints(['persona:default/builder'])).changed,
    ).toEqual(['persona:default/builder']);
    expect((await index.snapshot()).fields).toContain('spec.system');
    expect(index.stats().fullBuilds).toBe(2);
  });

  it('sweeps instead when a burst names more than a thousand refs', async () => {
    const { index, catalog, put, reads } = await followedCatalog();
    put(component('portal', 'group:default/platform', 'website'));
    const burst = Array.from(
      { length: 1_001 },
      (_, i) => `component:default/c-${i}`,
    );
    // Settled by the sweep: neither changed nor quiet.
    expect(await index.followHints(burst)).toEqual({ changed: [], quiet: [] });
    // The sweep read the changed portal by ref, not the thousand refs.
    expect(reads.byRefs).toBe(1);
    expect(index.stats()).toEqual({ fullBuilds: 1, changeBatches: 1 });
    await expectFullBuildEquality(index, catalog);
  });

  it('charges a look to the follow CPU, as look', async () => {
    const { catalog, put } = changingCatalog(FOLLOWED_ORG);
    const onFollowCpu = jest.fn();
    const index = new PersonaIndex({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      onFollowCpu,
    });
    await index.schedule(
      {
        scheduleTask: async () => {},
      } as Partial<SchedulerService> as SchedulerService,
      { hours: 1 },
    );
    await index.refresh();
    put(component('portal', 'group:default/apps', 'service'));

    const { changed } = await index.followHints(['component:default/portal']);

    expect(changed).toEqual(['component:default/portal']);
    expect(onFollowCpu.mock.calls.map(([work]) => work)).toEqual(['look']);
  });
});
