import { component, group } from '../../__testUtils__/testGraph';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  expectFullBuildEquality,
  FOLLOWED_ORG,
  followedCatalog,
} from './__testUtils__/followedOrg';

type StreamRequest = Parameters<CatalogService['streamEntities']>[0];

/** A sweep's read of every etag, as opposed to a full read's. */
const readsEtagsOnly = (request: StreamRequest) =>
  request?.fields?.length === 4 && request.fields.includes('metadata.etag');

/**
 * Holds the full reads of `catalog` from now on until released, and
 * answers them, until ended, with the entities of this moment — a full read
 * that read the catalog before a change and ends after it — while sweeps
 * and looks read the live catalog.
 */
async function holdFullReads(catalog: CatalogService) {
  const live = catalog.streamEntities;
  const frozen = catalogServiceMock({
    entities: (await catalog.queryEntities({}, {} as never)).items,
  });
  let release!: () => void;
  const released = new Promise<void>(resolve => {
    release = resolve;
  });
  catalog.streamEntities = (request, options) => {
    if (readsEtagsOnly(request)) return live(request, options);
    return (async function* heldRead() {
      await released;
      yield* frozen.streamEntities(request, options);
    })();
  };
  return {
    release,
    end: () => {
      catalog.streamEntities = live;
    },
  };
}

/** The portal moves to platform; the catalog restitches both groups. */
function movePortalToPlatform(put: (entity: (typeof FOLLOWED_ORG)[0]) => void) {
  put(component('portal', 'group:default/platform', 'service'));
  put({
    ...group('platform'),
    relations: [{ type: 'ownerOf', targetRef: 'component:default/portal' }],
  });
}

describe('PersonaIndex following changes while a full read is under way', () => {
  it('applies a hinted change at once, and the full read keeps it when it ends', async () => {
    const { index, catalog, put } = await followedCatalog();
    const fullReads = await holdFullReads(catalog);
    const fullRead = index.refresh();
    movePortalToPlatform(put);

    expect(await index.followHints(['component:default/portal'])).toEqual({
      changed: ['component:default/portal'],
      quiet: [],
    });
    const ownersOfPortal = async () =>
      (await index.snapshot()).graph.ownersOf('component:default/portal');
    expect(await ownersOfPortal()).toEqual(['group:default/platform']);

    // The full read read the catalog before the move.
    fullReads.release();
    await fullRead;
    fullReads.end();
    expect(await ownersOfPortal()).toEqual(['group:default/platform']);
    expect(index.stats()).toEqual({ fullBuilds: 2, changeBatches: 1 });
    await expectFullBuildEquality(index, catalog);
  });

  it('sweeps beside a full read under way, and the full read keeps what the sweep applied', async () => {
    const { index, catalog, put } = await followedCatalog();
    const fullReads = await holdFullReads(catalog);
    const fullRead = index.refresh();
    put(component('billing', 'group:default/apps', 'service'));

    await expect(index.followChanges()).resolves.toBe('applied');
    const billing = async () =>
      (await index.snapshot()).graph.get('component:default/billing');
    expect(await billing()).toBeDefined();

    fullReads.release();
    await fullRead;
    fullReads.end();
    expect(await billing()).toBeDefined();
    await expectFullBuildEquality(index, catalog);
  });
});
