import { PersonaGraph } from './PersonaGraph';
import { resolveHolderView } from './resolveHolderView';
import { resolveComponentView } from './resolveComponentView';
import {
  directMembersOf,
  resolvePersonaDetailView,
} from './resolvePersonaDetailView';
import { resolvePersonaView } from './resolvePersonaView';
import { HolderPersonaView } from '@platform-personas/backstage-plugin-persona-common';
import { component, group, persona, user } from '../__testUtils__/testGraph';

/*
 * platform ── security ── secops
 *          └─ network
 * apps ── payments
 */
const org = [
  group('platform'),
  group('security', 'platform'),
  group('secops', 'security'),
  group('network', 'platform'),
  group('apps'),
  group('payments', 'apps'),
  user('sam', ['security']),
  user('multi', ['network', 'payments']),
  component('policy-controller', 'group:default/security', 'platform-service'),
  component('siem', 'group:default/secops', 'platform-service'),
  component('mesh', 'group:default/network', 'platform-service'),
  component('sams-tool', 'user:default/sam', 'platform-service'),
  component('payments-api', 'group:default/payments', 'service'),
  component('network-portal', 'group:default/network', 'website'),
  component('prod-eu', 'group:default/platform', 'kubernetes-cluster', {
    kind: 'Resource',
    tags: ['anthos'],
  }),
];

const builder = persona('platform-builder', {
  holders: ['group:default/platform'],
  builds: [
    {
      filter: { kind: 'Component', 'spec.type': 'platform-service' },
      ownedByHolder: true,
    },
    'resource:default/prod-eu',
  ],
  consumes: [{ filter: { kind: 'resource', 'metadata.tags': 'ANTHOS' } }],
});
const securityOfficer = persona('security-officer', {
  holders: ['security', 'group:default/platform'],
});
const consumer = persona('consumer', {
  holders: ['apps', 'user:default/multi'],
  builds: [
    { filter: { 'spec.type': ['service', 'website'] }, ownedByHolder: true },
  ],
  consumes: ['component:default/does-not-exist', 'mesh'],
});

const graph = new PersonaGraph([...org, builder, securityOfficer, consumer]);

const summary = (view: HolderPersonaView) =>
  view.personas.map(p => ({
    persona: p.persona.ref,
    sources: p.sources,
    builds: p.components.builds.map(c => c.ref),
  }));

describe('resolveHolderView', () => {
  it.each([
    [
      'a direct holder',
      'group:default/platform',
      [
        {
          persona: 'persona:default/platform-builder',
          sources: [{ type: 'direct' }],
          builds: [
            'component:default/mesh',
            'component:default/policy-controller',
            'component:default/siem',
            'resource:default/prod-eu',
          ],
        },
        {
          persona: 'persona:default/security-officer',
          sources: [{ type: 'direct' }],
          builds: [],
        },
      ],
    ],
    [
      'a sub-group, narrowed to its own subtree',
      'group:default/security',
      [
        {
          persona: 'persona:default/platform-builder',
          sources: [
            { type: 'inherited', from: 'group:default/platform', levels: 1 },
          ],
          builds: [
            'component:default/policy-controller',
            'component:default/siem',
            'resource:default/prod-eu',
          ],
        },
        {
          persona: 'persona:default/security-officer',
          sources: [
            { type: 'direct' },
            { type: 'inherited', from: 'group:default/platform', levels: 1 },
          ],
          builds: [],
        },
      ],
    ],
    [
      'a grandchild that inherits through two levels',
      'group:default/secops',
      [
        {
          persona: 'persona:default/platform-builder',
          sources: [
            { type: 'inherited', from: 'group:default/platform', levels: 2 },
          ],
          builds: ['component:default/siem', 'resource:default/prod-eu'],
        },
        {
          persona: 'persona:default/security-officer',
          sources: [
            { type: 'inherited', from: 'group:default/platform', levels: 2 },
            { type: 'inherited', from: 'group:default/security', levels: 1 },
          ],
          builds: [],
        },
      ],
    ],
    [
      'a user, through membership, narrowed to what they and their groups own',
      'user:default/sam',
      [
        {
          persona: 'persona:default/platform-builder',
          sources: [
            {
              type: 'membership',
              group: 'group:default/security',
              from: 'group:default/platform',
              levels: 1,
            },
          ],
          builds: [
            'component:default/policy-controller',
            'component:default/sams-tool',
            'resource:default/prod-eu',
          ],
        },
        {
          persona: 'persona:default/security-officer',
          sources: [
            {
              type: 'membership',
              group: 'group:default/security',
              from: 'group:default/platform',
              levels: 1,
            },
            {
              type: 'membership',
              group: 'group:default/security',
              from: 'group:default/security',
              levels: 0,
            },
          ],
          builds: [],
        },
      ],
    ],
    [
      'a user in several groups who is also a direct holder',
      'user:default/multi',
      [
        {
          persona: 'persona:default/consumer',
          sources: [
            { type: 'direct' },
            {
              type: 'membership',
              group: 'group:default/payments',
              from: 'group:default/apps',
              levels: 1,
            },
          ],
          builds: [
            'component:default/network-portal',
            'component:default/payments-api',
          ],
        },
        {
          persona: 'persona:default/platform-builder',
          sources: [
            {
              type: 'membership',
              group: 'group:default/network',
              from: 'group:default/platform',
              levels: 1,
            },
          ],
          builds: ['component:default/mesh', 'resource:default/prod-eu'],
        },
        {
          persona: 'persona:default/security-officer',
          sources: [
            {
              type: 'membership',
              group: 'group:default/network',
              from: 'group:default/platform',
              levels: 1,
            },
          ],
          builds: [],
        },
      ],
    ],
    ['a group that holds nothing', 'group:default/unknown', []],
  ])('resolves %s', (_case, ref, expected) => {
    expect(summary(resolveHolderView(graph, ref))).toEqual(expected);
  });

  it('matches plain selectors case-insensitively and reports missing refs', () => {
    const view = resolveHolderView(graph, 'group:default/payments');
    const consumerView = view.personas.find(
      p => p.persona.ref === 'persona:default/consumer',
    )!;
    expect(consumerView.components.consumes).toEqual([
      expect.objectContaining({
        ref: 'component:default/does-not-exist',
        missing: true,
        via: ['ref'],
        owners: [],
      }),
      expect.objectContaining({
        ref: 'component:default/mesh',
        missing: false,
        type: 'platform-service',
        lifecycle: 'production',
        owners: ['group:default/network'],
      }),
    ]);
    const builderView = resolveHolderView(graph, 'group:default/platform')
      .personas[0];
    expect(builderView.components.consumes.map(c => c.ref)).toEqual([
      'resource:default/prod-eu',
    ]);
    expect(
      builderView.components.builds.find(
        c => c.ref === 'resource:default/prod-eu',
      )?.via,
    ).toEqual(['ref']);
  });

  it('carries what the persona says about itself', () => {
    const [first] = resolveHolderView(graph, 'group:default/apps').personas;
    expect(first.persona).toEqual({
      ref: 'persona:default/consumer',
      title: 'consumer',
      description: undefined,
      type: 'builder',
      framework: undefined,
      owner: 'group:default/platform',
      interaction: undefined,
      channels: [],
      tools: [],
      responsibilities: [{ id: 'r', title: 'R' }],
    });
  });

  it('terminates on a cycle in the group graph', () => {
    const cyclic = new PersonaGraph([
      group('a', 'c'),
      group('b', 'a'),
      group('c', 'b'),
      persona('p', { holders: ['a'] }),
    ]);
    expect(cyclic.ancestorsOf('group:default/b')).toEqual([
      'group:default/a',
      'group:default/c',
    ]);
    expect(summary(resolveHolderView(cyclic, 'group:default/c'))).toEqual([
      {
        persona: 'persona:default/p',
        sources: [{ type: 'inherited', from: 'group:default/a', levels: 2 }],
        builds: [],
      },
    ]);
    expect(summary(resolveHolderView(cyclic, 'group:default/a'))).toEqual([
      {
        persona: 'persona:default/p',
        sources: [{ type: 'direct' }],
        builds: [],
      },
    ]);
  });
});

describe('resolveComponentView', () => {
  it.each([
    [
      'a narrowed selector applies to the holders whose scope owns the component',
      'component:default/payments-api',
      {
        builds: [
          [
            'persona:default/consumer',
            ['selector'],
            // apps owns it through payments; multi is a member of payments
            ['group:default/apps', 'user:default/multi'],
          ],
        ],
        enables: [],
        consumes: [],
      },
    ],
    [
      'a narrowed selector leaves out the holders whose scope does not own it',
      'component:default/network-portal',
      {
        builds: [
          ['persona:default/consumer', ['selector'], ['user:default/multi']],
        ],
        enables: [],
        consumes: [],
      },
    ],
    [
      'an explicit ref applies to every holder',
      'component:default/mesh',
      {
        builds: [
          [
            'persona:default/platform-builder',
            ['selector'],
            ['group:default/platform'],
          ],
        ],
        enables: [],
        consumes: [
          [
            'persona:default/consumer',
            ['ref'],
            ['group:default/apps', 'user:default/multi'],
          ],
        ],
      },
    ],
    [
      'a resource matched by a ref and a plain selector',
      'resource:default/prod-eu',
      {
        builds: [
          [
            'persona:default/platform-builder',
            ['ref'],
            ['group:default/platform'],
          ],
        ],
        enables: [],
        consumes: [
          [
            'persona:default/platform-builder',
            ['selector'],
            ['group:default/platform'],
          ],
        ],
      },
    ],
    [
      'a component owned by a user outside every holder scope',
      'component:default/sams-tool',
      { builds: [], enables: [], consumes: [] },
    ],
  ])('%s', (_case, ref, expected) => {
    const view = resolveComponentView(graph, ref);
    const compact = Object.fromEntries(
      Object.entries(view.modes).map(([mode, roles]) => [
        mode,
        roles.map(r => [r.persona.ref, r.via, r.holders]),
      ]),
    );
    expect(compact).toEqual(expected);
  });
});

describe('resolvePersonaDetailView', () => {
  it('lists holders with member counts and what each component applies to', () => {
    const view = resolvePersonaDetailView(graph, 'persona:default/consumer')!;
    expect(view.holders).toEqual([
      {
        ref: 'group:default/apps',
        missing: false,
        memberCount: 1,
        directMemberCount: 0,
      },
      { ref: 'user:default/multi', missing: false },
    ]);
    expect(view.components.builds.map(c => [c.ref, c.appliesTo])).toEqual([
      ['component:default/network-portal', ['user:default/multi']],
      [
        'component:default/payments-api',
        ['group:default/apps', 'user:default/multi'],
      ],
    ]);
    expect(
      view.components.consumes.map(c => [c.ref, c.missing, c.appliesTo]),
    ).toEqual([
      [
        'component:default/does-not-exist',
        true,
        ['group:default/apps', 'user:default/multi'],
      ],
      [
        'component:default/mesh',
        false,
        ['group:default/apps', 'user:default/multi'],
      ],
    ]);
  });

  it('counts the direct members of a group apart from those of its sub-groups', () => {
    // platform has no member of its own: sam is in security, multi in network
    const view = resolvePersonaDetailView(
      graph,
      'persona:default/security-officer',
    )!;
    const platform = view.holders.find(
      h => h.ref === 'group:default/platform',
    )!;
    expect(platform.directMemberCount).toBe(0);
    expect(platform.memberCount).toBe(2);
    expect(directMembersOf(graph, 'group:default/security')).toEqual([
      'user:default/sam',
    ]);
    expect(directMembersOf(graph, 'group:default/network')).toEqual([
      'user:default/multi',
    ]);
  });

  it('marks holders that are not in the catalog as missing', () => {
    const view = resolvePersonaDetailView(
      graph,
      'persona:default/security-officer',
    )!;
    expect(view.holders).toEqual([
      {
        ref: 'group:default/platform',
        missing: false,
        memberCount: 2,
        directMemberCount: 0,
      },
      {
        ref: 'group:default/security',
        missing: false,
        memberCount: 1,
        directMemberCount: 1,
      },
    ]);
    const dangling = new PersonaGraph([
      persona('p', { holders: ['ghosts', 'user:nobody'] }),
    ]);
    expect(
      resolvePersonaDetailView(dangling, 'persona:default/p')!.holders,
    ).toEqual([
      {
        ref: 'group:default/ghosts',
        missing: true,
        memberCount: 0,
        directMemberCount: 0,
      },
      { ref: 'user:default/nobody', missing: true },
    ]);
  });
});

describe('resolvePersonaView', () => {
  it.each([
    ['group:default/platform', 'holder'],
    ['user:default/sam', 'holder'],
    ['component:default/mesh', 'component'],
    ['resource:default/prod-eu', 'component'],
    ['persona:default/consumer', 'persona'],
  ])('gives %s a %s view', (ref, type) => {
    expect(resolvePersonaView(graph, ref)?.type).toBe(type);
  });

  it('has no view for unknown entities', () => {
    expect(
      resolvePersonaView(graph, 'component:default/does-not-exist'),
    ).toBeUndefined();
    expect(resolvePersonaView(graph, 'group:default/unknown')).toBeUndefined();
  });
});
