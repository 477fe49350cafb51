import { Entity } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';
import { resolveHolderView } from './resolveHolderView';
import { resolveComponentView } from './resolveComponentView';
import { resolvePersonaView } from './resolvePersonaView';
import { component, group, persona, user } from '../__testUtils__/testGraph';

/** An entity with a title and extra relations, as the catalog stitches it. */
function titled(entity: Entity, title: string, partOf?: string): Entity {
  return {
    ...entity,
    metadata: { ...entity.metadata, title },
    relations: [
      ...(entity.relations ?? []),
      ...(partOf ? [{ type: 'partOf', targetRef: partOf }] : []),
    ],
  };
}

function system(name: string, domain?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name, namespace: 'default' },
    spec: { owner: 'platform', ...(domain ? { domain } : {}) },
    relations: domain
      ? [{ type: 'partOf', targetRef: `domain:default/${domain}` }]
      : [],
  };
}

/*
 * platform ── security ── secops
 * domain cloud ── system runtime ── connector-a, connector-b, cluster
 */
const graph = new PersonaGraph([
  titled(group('platform'), 'Platform'),
  titled(group('security', 'platform'), 'Security'),
  group('secops', 'security'),
  {
    ...user('sam', ['secops']),
    spec: { memberOf: ['secops'], profile: { displayName: 'Sam S.' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'cloud', namespace: 'default' },
    spec: { owner: 'platform' },
    relations: [{ type: 'hasPart', targetRef: 'system:default/runtime' }],
  },
  system('runtime', 'cloud'),
  titled(
    component('connector-a', 'group:default/secops', 'connector'),
    'Connector A',
    'system:default/runtime',
  ),
  titled(
    component('connector-b', 'user:default/sam', 'connector'),
    'Connector B',
    'system:default/runtime',
  ),
  titled(
    component('cluster', 'group:default/platform', 'cluster', {
      kind: 'Resource',
    }),
    'Cluster',
    'system:default/runtime',
  ),
  persona('builder', {
    owner: 'platform',
    holders: ['platform'],
    builds: [{ filter: { 'spec.type': 'connector' }, ownedByHolder: true }],
  }),
  persona('officer', {
    owner: 'security',
    holders: ['security'],
    enables: ['resource:default/cluster'],
  }),
]);

describe('resolveHolderView, beyond the personas held', () => {
  it('says how many levels up an inherited persona comes from', () => {
    const view = resolveHolderView(graph, 'group:default/secops');
    expect(view.personas.map(p => [p.persona.ref, p.sources])).toEqual([
      [
        'persona:default/builder',
        [{ type: 'inherited', from: 'group:default/platform', levels: 2 }],
      ],
      [
        'persona:default/officer',
        [{ type: 'inherited', from: 'group:default/security', levels: 1 }],
      ],
    ]);
  });

  it('names the personas a group owns and what its sub-groups hold themselves', () => {
    const view = resolveHolderView(graph, 'group:default/platform');
    expect(view.ownedPersonas?.map(p => p.ref)).toEqual([
      'persona:default/builder',
    ]);
    expect(
      view.subTeams?.map(sub => ({
        group: sub.group,
        levels: sub.levels,
        personas: sub.personas.map(p => [p.persona.ref, p.sources]),
        enables: sub.personas[0].components.enables.map(c => c.ref),
      })),
    ).toEqual([
      {
        group: 'group:default/security',
        levels: 1,
        personas: [['persona:default/officer', [{ type: 'direct' }]]],
        enables: ['resource:default/cluster'],
      },
    ]);
    expect(view.titles).toEqual({
      'group:default/platform': 'Platform',
      'group:default/security': 'Security',
    });
  });

  it('gives a user no sub-teams, and their group memberships a level', () => {
    const view = resolveHolderView(graph, 'user:default/sam');
    expect(view.subTeams).toEqual([]);
    // a user's title is their profile's display name
    expect(view.titles?.['user:default/sam']).toBe('Sam S.');
    expect(view.personas[0].sources).toEqual([
      {
        type: 'membership',
        group: 'group:default/secops',
        from: 'group:default/platform',
        levels: 2,
      },
    ]);
  });

  it('names the selector that matched each component', () => {
    const [builder] = resolveHolderView(
      graph,
      'group:default/platform',
    ).personas;
    expect(builder.components.builds).toEqual([
      expect.objectContaining({
        ref: 'component:default/connector-a',
        via: ['selector'],
        selectors: [
          { filter: { 'spec.type': 'connector' }, ownedByHolder: true },
        ],
      }),
    ]);
  });
});

describe('resolveComponentView roll-ups', () => {
  it('rolls up the parts of a System, with the selectors that matched', () => {
    const view = resolveComponentView(graph, 'system:default/runtime');
    expect(view.modes.builds).toEqual([]);
    expect(
      view.parts?.map(part => ({
        ref: part.ref,
        title: part.title,
        builds: part.modes.builds.map(r => [r.persona.ref, r.selectors]),
        enables: part.modes.enables.map(r => [r.persona.ref, r.holders]),
      })),
    ).toEqual([
      {
        ref: 'component:default/connector-a',
        title: 'Connector A',
        builds: [
          [
            'persona:default/builder',
            [{ filter: { 'spec.type': 'connector' }, ownedByHolder: true }],
          ],
        ],
        enables: [],
      },
      {
        ref: 'component:default/connector-b',
        title: 'Connector B',
        // sam's component is owned by none of builder's holders' subtrees
        // (a user is not a sub-group), so the selector does not apply
        builds: [],
        enables: [],
      },
      {
        ref: 'resource:default/cluster',
        title: 'Cluster',
        builds: [],
        enables: [['persona:default/officer', ['group:default/security']]],
      },
    ]);
    expect(view.titles).toEqual({
      'group:default/platform': 'Platform',
      'group:default/security': 'Security',
    });
  });

  it('gives a Domain a component view that rolls up its systems’ parts', () => {
    const view = resolvePersonaView(graph, 'domain:default/cloud');
    expect(view?.type).toBe('component');
    expect(
      view?.type === 'component' &&
        view.parts?.map(part => [part.ref, part.through]),
    ).toEqual([
      ['component:default/connector-a', 'system:default/runtime'],
      ['component:default/connector-b', 'system:default/runtime'],
      ['resource:default/cluster', 'system:default/runtime'],
    ]);
  });

  it('rolls nothing up for a plain component', () => {
    const view = resolveComponentView(graph, 'resource:default/cluster');
    expect(view.parts).toBeUndefined();
    expect(view.modes.enables.map(r => r.via)).toEqual([['ref']]);
    expect(view.modes.enables[0].selectors).toBeUndefined();
  });
});
