import { Entity } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';
import { resolveComponentFacts } from './resolveComponentFacts';
import { resolveInteractions } from './resolveInteractions';
import { resolveTeamApi } from './resolveTeamApi';
import { resolveTeamInteractions } from './resolveTeamInteractions';
import { resolveTeamModel } from './resolveTeamModel';
import { TEAM_TYPE_ANNOTATION } from '@platform-personas/backstage-plugin-persona-common';
import { visibleTeamModel } from './visibleTeamModel';
import { component, group, persona, user } from '../__testUtils__/testGraph';

function annotated(entity: Entity, teamType: string): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { [TEAM_TYPE_ANNOTATION]: teamType },
    },
  };
}

const KINDS = [
  { kind: 'Component', types: ['service', 'library'] },
  { kind: 'Resource' },
];

/*
 * platform ── mesh-team (owns mesh), db-team (owns db)
 * apps ── payments, checkout
 * coaches (enables mesh), sre (builds db too), idle (holds a persona, no component)
 */
const graph = new PersonaGraph([
  group('platform'),
  group('mesh-team', 'platform'),
  group('db-team', 'platform'),
  group('apps'),
  {
    ...group('payments', 'apps'),
    metadata: { name: 'payments', namespace: 'default', title: 'Payments' },
  },
  group('checkout', 'apps'),
  annotated(group('coaches'), 'not-a-type'),
  annotated(group('sre'), 'complicated-subsystem'),
  group('idle'),
  user('jane', ['payments']),
  {
    ...component('mesh', 'group:default/mesh-team', 'service'),
    metadata: { name: 'mesh', namespace: 'default', title: 'Service Mesh' },
  },
  component('db', 'group:default/db-team', 'service'),
  component('orphan', 'group:default/apps', 'library'),
  component('website', 'group:default/checkout', 'website'),
  persona('mesh-builder', {
    holders: ['platform'],
    builds: ['component:default/mesh'],
  }),
  persona('db-builder', {
    holders: ['db-team', 'sre', 'user:default/jane'],
    builds: ['component:default/db'],
  }),
  persona('app-developer', {
    holders: ['payments', 'checkout'],
    consumes: ['component:default/mesh', 'component:default/db'],
    builds: [{ filter: { 'spec.type': 'website' }, ownedByHolder: true }],
  }),
  persona('coach', {
    holders: ['coaches'],
    enables: ['component:default/mesh'],
  }),
  persona('idler', { holders: ['idle'] }),
]);
const model = resolveTeamModel(graph, KINDS);

describe('resolveInteractions', () => {
  it('derives each mode from the holders of each platform component', () => {
    expect(
      resolveInteractions(model).map(i => [
        i.mode,
        i.from,
        i.to,
        i.components,
        i.personas,
      ]),
    ).toEqual([
      [
        'x-as-a-service',
        'group:default/db-team',
        'group:default/checkout',
        ['component:default/db'],
        ['persona:default/app-developer', 'persona:default/db-builder'],
      ],
      [
        'x-as-a-service',
        'group:default/db-team',
        'group:default/payments',
        ['component:default/db'],
        ['persona:default/app-developer', 'persona:default/db-builder'],
      ],
      [
        'x-as-a-service',
        'group:default/platform',
        'group:default/checkout',
        ['component:default/mesh'],
        ['persona:default/app-developer', 'persona:default/mesh-builder'],
      ],
      [
        'x-as-a-service',
        'group:default/platform',
        'group:default/payments',
        ['component:default/mesh'],
        ['persona:default/app-developer', 'persona:default/mesh-builder'],
      ],
      [
        'x-as-a-service',
        'group:default/sre',
        'group:default/checkout',
        ['component:default/db'],
        ['persona:default/app-developer', 'persona:default/db-builder'],
      ],
      [
        'x-as-a-service',
        'group:default/sre',
        'group:default/payments',
        ['component:default/db'],
        ['persona:default/app-developer', 'persona:default/db-builder'],
      ],
      [
        'facilitating',
        'group:default/coaches',
        'group:default/checkout',
        ['component:default/mesh'],
        ['persona:default/app-developer', 'persona:default/coach'],
      ],
      [
        'facilitating',
        'group:default/coaches',
        'group:default/payments',
        ['component:default/mesh'],
        ['persona:default/app-developer', 'persona:default/coach'],
      ],
      [
        'facilitating',
        'group:default/coaches',
        'group:default/platform',
        ['component:default/mesh'],
        ['persona:default/coach', 'persona:default/mesh-builder'],
      ],
      [
        'collaboration',
        'group:default/db-team',
        'group:default/sre',
        ['component:default/db'],
        ['persona:default/db-builder'],
      ],
    ]);
  });

  it('leaves out user holders and components of other kinds or types', () => {
    const refs = JSON.stringify(resolveInteractions(model));
    expect(refs).not.toContain('user:default/jane');
    // website is built (ownedByHolder) by checkout, but is no platform component
    expect(refs).not.toContain('component:default/website');
  });
});

describe('resolveTeamInteractions', () => {
  it('lists every team, with the annotated or inferred type', () => {
    const { teams, titles } = resolveTeamInteractions(graph, model);
    expect(teams.map(t => [t.ref, t.teamType, t.teamTypeSource])).toEqual([
      ['group:default/checkout', 'stream-aligned', 'inferred'],
      // an annotation that names no type is ignored
      ['group:default/coaches', 'enabling', 'inferred'],
      ['group:default/db-team', 'platform', 'inferred'],
      // holds a persona, takes part in nothing: still a team
      ['group:default/idle', 'stream-aligned', 'inferred'],
      // inherits mesh-builder from platform
      ['group:default/mesh-team', 'stream-aligned', 'inferred'],
      ['group:default/payments', 'stream-aligned', 'inferred'],
      ['group:default/platform', 'platform', 'inferred'],
      ['group:default/sre', 'complicated-subsystem', 'annotation'],
    ]);
    expect(teams.find(t => t.ref === 'group:default/payments')?.title).toBe(
      'Payments',
    );
    expect(titles).toEqual({
      'component:default/mesh': 'Service Mesh',
      'persona:default/app-developer': 'app-developer',
      'persona:default/coach': 'coach',
      'persona:default/db-builder': 'db-builder',
      'persona:default/mesh-builder': 'mesh-builder',
    });
  });

  it('keeps to the interactions of one group and the teams in them', () => {
    const answer = resolveTeamInteractions(graph, model, {
      group: 'group:default/coaches',
    });
    expect(
      answer.interactions.every(i => i.from === 'group:default/coaches'),
    ).toBe(true);
    expect(answer.interactions).toHaveLength(3);
    expect(answer.teams.map(t => t.ref)).toEqual([
      'group:default/checkout',
      'group:default/coaches',
      'group:default/payments',
      'group:default/platform',
    ]);
  });

  it('computes from a caller model as if the unreadable did not exist', () => {
    const hidden = new Set([
      'group:default/platform',
      'persona:default/db-builder',
    ]);
    const visible = visibleTeamModel(model, ref => !hidden.has(ref));
    const answer = resolveTeamInteractions(graph, visible);
    const json = JSON.stringify(answer);
    hidden.forEach(ref => expect(json).not.toContain(ref));
    // db-team's only persona is unreadable: it provides nothing the caller sees
    expect(answer.interactions.map(i => [i.mode, i.from, i.to])).toEqual([
      ['facilitating', 'group:default/coaches', 'group:default/checkout'],
      ['facilitating', 'group:default/coaches', 'group:default/payments'],
    ]);
    // mesh-team inherited mesh-builder from the unreadable platform group
    expect(answer.teams.map(t => t.ref)).not.toContain(
      'group:default/mesh-team',
    );
  });
});

describe('resolveComponentFacts', () => {
  const facts = Object.fromEntries(
    model.components.map(c => [c.ref, resolveComponentFacts(graph, c)]),
  );

  it('says which modes are held, the bus factor and inherited-only builders', () => {
    expect(facts['component:default/mesh']).toEqual({
      entityRef: 'component:default/mesh',
      hasBuilder: true,
      hasEnabler: true,
      hasConsumer: true,
      builderHolderCount: 1,
      // only platform, the parent of the owning mesh-team, builds it
      onlyInherited: true,
    });
    expect(facts['component:default/db']).toEqual({
      entityRef: 'component:default/db',
      hasBuilder: true,
      hasEnabler: false,
      hasConsumer: true,
      // db-team, sre and jane
      builderHolderCount: 3,
      onlyInherited: false,
    });
    expect(facts['component:default/orphan']).toMatchObject({
      hasBuilder: false,
      builderHolderCount: 0,
      onlyInherited: false,
    });
  });

  it('covers every platform component and nothing else', () => {
    expect(Object.keys(facts).sort()).toEqual([
      'component:default/db',
      'component:default/mesh',
      'component:default/orphan',
    ]);
  });
});

describe('resolveTeamApi', () => {
  it('fills in the Team API of a platform team', () => {
    const doc = resolveTeamApi(graph, model, 'group:default/platform');
    expect(doc.team).toEqual({
      ref: 'group:default/platform',
      teamType: 'platform',
      teamTypeSource: 'inferred',
    });
    expect(doc.personas).toEqual([
      {
        ref: 'persona:default/mesh-builder',
        title: 'mesh-builder',
        responsibilities: ['R'],
      },
    ]);
    expect(doc.servicesProvided).toEqual([
      {
        ref: 'component:default/mesh',
        title: 'Service Mesh',
        consumers: ['group:default/checkout', 'group:default/payments'],
      },
    ]);
    expect(doc.dependsOn).toEqual([]);
    expect(doc.interactions.map(i => [i.team, i.mode, i.role])).toEqual([
      ['group:default/checkout', 'x-as-a-service', 'provides'],
      ['group:default/payments', 'x-as-a-service', 'provides'],
      ['group:default/coaches', 'facilitating', 'is-facilitated'],
    ]);
  });

  it('names what a consuming team depends on, and its inherited personas', () => {
    const doc = resolveTeamApi(graph, model, 'group:default/payments');
    expect(doc.dependsOn).toEqual([
      {
        ref: 'component:default/db',
        providers: ['group:default/db-team', 'group:default/sre'],
      },
      {
        ref: 'component:default/mesh',
        title: 'Service Mesh',
        providers: ['group:default/platform'],
      },
    ]);
    expect(
      doc.interactions.find(i => i.team === 'group:default/platform'),
    ).toEqual({
      team: 'group:default/platform',
      mode: 'x-as-a-service',
      role: 'consumes',
      components: ['component:default/mesh'],
    });
    const sub = resolveTeamApi(graph, model, 'group:default/mesh-team');
    expect(sub.personas.map(p => p.ref)).toEqual([
      'persona:default/mesh-builder',
    ]);
    expect(sub.servicesProvided).toEqual([]);
  });

  it('gives each collaborator the collaborates role', () => {
    const doc = resolveTeamApi(graph, model, 'group:default/sre');
    expect(
      doc.interactions.find(i => i.mode === 'collaboration'),
    ).toMatchObject({
      team: 'group:default/db-team',
      role: 'collaborates',
    });
  });
});
