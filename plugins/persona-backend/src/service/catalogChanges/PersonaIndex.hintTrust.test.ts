import { component, group } from '../../__testUtils__/testGraph';
import {
  changingCatalog,
  followingIndex,
} from './__testUtils__/changingCatalog';
import { FOLLOWED_ORG } from './__testUtils__/followedOrg';

/** A changing catalog, and an index that tells a spy what it found. */
async function toldIndex() {
  const fake = changingCatalog(FOLLOWED_ORG);
  const hintTrust = { trusted: () => false, found: jest.fn() };
  const index = await followingIndex(fake.catalog, { hours: 1 }, hintTrust);
  return { ...fake, index, found: hintTrust.found };
}

const refOf = ({ after }: { after: { metadata: { name: string } } }) =>
  after.metadata.name;

describe('PersonaIndex telling its hint trust what it found', () => {
  it('tells what a sweep found: changed entities as they were and are, new ones, deleted refs', async () => {
    const { index, put, delete: remove, found } = await toldIndex();
    put(component('portal', 'group:default/apps', 'service'));
    put(component('billing', 'group:default/apps', 'service'));
    remove('component:default/api-gw');
    await expect(index.followChanges()).resolves.toBe('applied');

    expect(found).toHaveBeenCalledTimes(1);
    const [{ changed, deleted }] = found.mock.calls[0];
    expect(deleted).toEqual(['component:default/api-gw']);
    const portal = changed.find((c: any) => refOf(c) === 'portal');
    expect(portal.before.spec.type).toBe('website');
    expect(portal.after.spec.type).toBe('service');
    const billing = changed.find((c: any) => refOf(c) === 'billing');
    expect(billing.before).toBeUndefined();
  });

  it('tells nothing when a sweep found nothing', async () => {
    const { index, found } = await toldIndex();
    await expect(index.followChanges()).resolves.toBe('unchanged');
    expect(found).not.toHaveBeenCalled();
  });

  it('tells what a full read found changed, new or gone, and nothing of the first read', async () => {
    const { index, put, delete: remove, found } = await toldIndex();
    expect(found).not.toHaveBeenCalled();
    expect(index.stats().lastComparisonMillis).toBeUndefined();
    put(group('security'));
    put(component('portal', 'group:default/apps', 'service'));
    remove('component:default/api-gw');
    await index.refresh();

    expect(found).toHaveBeenCalledTimes(1);
    const [{ changed, deleted }] = found.mock.calls[0];
    expect(changed.map(refOf).sort()).toEqual(['portal', 'security']);
    const portal = changed.find((c: any) => refOf(c) === 'portal');
    expect(portal.before.spec.type).toBe('website');
    expect(changed.find((c: any) => refOf(c) === 'security').before).toBe(
      undefined,
    );
    expect(deleted).toEqual(['component:default/api-gw']);
    // The comparison is timed.
    expect(index.stats().lastComparisonMillis).toBeGreaterThan(0);
  });

  it('sweeps when asked to, even while the hints are trusted', async () => {
    const fake = changingCatalog(FOLLOWED_ORG);
    const hintTrust = { trusted: () => true, found: jest.fn() };
    const index = await followingIndex(fake.catalog, { hours: 1 }, hintTrust);
    await expect(index.followChanges()).resolves.toBe('unchanged');
    fake.put(component('portal', 'group:default/apps', 'service'));
    // Trusted: no sweep is due, and the cheap questions see no new count.
    await expect(index.followChanges()).resolves.toBe('idle');
    index.sweepSoon();
    await expect(index.followChanges()).resolves.toBe('applied');
    expect(hintTrust.found).toHaveBeenCalledTimes(1);
  });
});
