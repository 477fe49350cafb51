import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { resolvePersonaHolderClaims } from './resolvePersonaHolderClaims';

function group(name: string, parent?: string, namespace = 'default'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace },
    spec: { type: 'team', children: [] },
    relations: parent ? [{ type: 'childOf', targetRef: parent }] : [],
  };
}

function user(name: string, groups: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {},
    relations: groups.map(targetRef => ({ type: 'memberOf', targetRef })),
  };
}

// acme ← platform ← security;  acme ← apps ← payments
const org = [
  group('acme'),
  group('platform', 'group:default/acme'),
  group('security', 'group:default/platform'),
  group('apps', 'group:default/acme'),
  group('payments', 'group:default/apps'),
  user('sam', ['group:default/security']),
  user('dana', ['group:default/payments']),
];

function resolve(entityRefs: string[], entities = org, maxDepth?: number) {
  const catalog = catalogServiceMock({ entities });
  const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
  const claims = resolvePersonaHolderClaims({
    catalog,
    credentials: mockCredentials.service(),
    entityRefs,
    maxDepth,
  });
  return { claims, getEntitiesByRefs };
}

describe('resolvePersonaHolderClaims', () => {
  it('adds every ancestor of the given groups', async () => {
    const { claims } = resolve(['user:default/sam', 'group:default/security']);
    expect((await claims).sort()).toEqual([
      'group:default/acme',
      'group:default/platform',
      'group:default/security',
      'user:default/sam',
    ]);
  });

  it('adds the groups of the given users, and their ancestors', async () => {
    const { claims } = resolve(['user:default/dana']);
    expect((await claims).sort()).toEqual([
      'group:default/acme',
      'group:default/apps',
      'group:default/payments',
      'user:default/dana',
    ]);
  });

  it('asks the catalog once per level, for the new refs only', async () => {
    const { claims, getEntitiesByRefs } = resolve([
      'user:default/sam',
      'group:default/security',
      'group:default/payments',
    ]);
    await claims;
    const asked = getEntitiesByRefs.mock.calls.map(([request]) =>
      [...request.entityRefs].sort(),
    );
    expect(asked).toEqual([
      ['group:default/payments', 'group:default/security', 'user:default/sam'],
      ['group:default/apps', 'group:default/platform'],
      ['group:default/acme'],
    ]);
    expect(getEntitiesByRefs.mock.calls[0][1]).toEqual({
      credentials: mockCredentials.service(),
    });
  });

  it('ends on a cycle of parents', async () => {
    const cycle = [
      group('a', 'group:default/c'),
      group('b', 'group:default/a'),
      group('c', 'group:default/b'),
    ];
    const { claims, getEntitiesByRefs } = resolve(['group:default/a'], cycle);
    expect((await claims).sort()).toEqual([
      'group:default/a',
      'group:default/b',
      'group:default/c',
    ]);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(3);
  });

  it('climbs no more than maxDepth levels', async () => {
    const { claims, getEntitiesByRefs } = resolve(
      ['group:default/security'],
      org,
      1,
    );
    expect((await claims).sort()).toEqual([
      'group:default/platform',
      'group:default/security',
    ]);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
  });

  it('reads spec.parent and spec.memberOf of entities without relations, in their namespace', async () => {
    const entities: Entity[] = [
      {
        ...group('child', undefined, 'org'),
        spec: { type: 'team', parent: 'root', children: [] },
      },
      group('root', undefined, 'org'),
      {
        ...user('kim', []),
        spec: { memberOf: ['group:org/child'] },
      },
    ];
    const { claims } = resolve(['user:default/kim'], entities);
    expect((await claims).sort()).toEqual([
      'group:org/child',
      'group:org/root',
      'user:default/kim',
    ]);
  });

  it('keeps refs to nothing and other kinds as claims, normalised, without looking them up', async () => {
    const { claims, getEntitiesByRefs } = resolve([
      'User:Default/Ghost',
      'component:default/service',
      'not a ref',
    ]);
    expect((await claims).sort()).toEqual([
      'component:default/service',
      'not a ref',
      'user:default/ghost',
    ]);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
      'user:default/ghost',
    ]);
  });
});
