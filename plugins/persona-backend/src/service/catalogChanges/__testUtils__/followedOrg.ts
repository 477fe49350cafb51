import { Entity } from '@backstage/catalog-model';
import {
  component,
  group,
  persona,
  user,
} from '../../../__testUtils__/testGraph';
import {
  changingCatalog,
  followingIndex,
  fullBuildOf,
} from './changingCatalog';

/** A small organisation for the tests of an index that follows changes. */
export const FOLLOWED_ORG: Entity[] = [
  group('platform'),
  group('apps'),
  user('jane', ['platform']),
  component('api-gw', 'group:default/platform', 'service'),
  component('portal', 'group:default/apps', 'website'),
  persona('builder', {
    builds: [{ filter: { kind: 'Component', 'spec.type': 'service' } }],
  }),
];

/** A changing catalog of `entities` and an index that follows it. */
export async function followedCatalog(entities = FOLLOWED_ORG) {
  const fake = changingCatalog(entities);
  const index = await followingIndex(fake.catalog);
  return { ...fake, index };
}

/** The snapshot of `index` equals what a full read of the catalog gives. */
export async function expectFullBuildEquality(
  index: Awaited<ReturnType<typeof followingIndex>>,
  catalog: Parameters<typeof fullBuildOf>[0],
  heldFields: string[] = [],
) {
  const followed = await index.snapshot();
  const full = await fullBuildOf(catalog, heldFields);
  expect(followed.version).toBe(full.version);
  expect(followed.entityCount).toBe(full.entityCount);
  expect(followed.fields).toEqual(full.fields);
  expect([...followed.graph.entitiesByRef()]).toEqual([
    ...full.graph.entitiesByRef(),
  ]);
}
