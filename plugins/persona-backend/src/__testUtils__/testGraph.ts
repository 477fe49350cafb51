import { Entity } from '@backstage/catalog-model';

/*
 * Builders of catalog entities as the catalog stitches them, relations
 * included, for the tests of the resolution rules.
 */

export function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
    relations: parent
      ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
      : [],
  };
}

export function user(name: string, groups: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: groups },
    relations: groups.map(g => ({
      type: 'memberOf',
      targetRef: `group:default/${g}`,
    })),
  };
}

export function component(
  name: string,
  owner: string,
  type: string,
  extra: { kind?: string; tags?: string[]; lifecycle?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: extra.kind ?? 'Component',
    metadata: { name, namespace: 'default', tags: extra.tags ?? [] },
    spec: { type, owner, lifecycle: extra.lifecycle ?? 'production' },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

export function persona(name: string, spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: { name, namespace: 'default', title: name },
    spec: {
      type: 'builder',
      owner: 'platform',
      responsibilities: [{ id: 'r', title: 'R' }],
      ...spec,
    },
  };
}
