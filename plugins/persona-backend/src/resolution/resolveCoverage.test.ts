import { PersonaGraph } from './PersonaGraph';
import { platformComponentRefs, resolveCoverage } from './resolveCoverage';
import { component, group, persona, user } from '../__testUtils__/testGraph';

/*
 * platform ── security ── secops      apps ── payments     loner
 *          └─ network                 a ⇄ b (a cycle)
 */
const org = [
  group('platform'),
  group('security', 'platform'),
  group('secops', 'security'),
  group('network', 'platform'),
  group('apps'),
  group('payments', 'apps'),
  group('loner'),
  group('a', 'b'),
  group('b', 'a'),
  user('sam', ['security']),
  component('prod-eu', 'group:default/platform', 'kubernetes-cluster', {
    kind: 'Resource',
  }),
  component('edge', 'group:default/network', 'kubernetes-cluster', {
    kind: 'Resource',
  }),
  component('rb-1', 'group:default/payments', 'runtime-bundle'),
  component('slack', 'group:default/network', 'cloud-connector'),
  component('orphan-connector', 'group:default/loner', 'cloud-connector'),
  component('payments-api', 'group:default/payments', 'service'),
];

const personas = [
  persona('admin', {
    framework: 'anthos',
    holders: ['platform'],
    builds: ['resource:default/prod-eu'],
    enables: [
      {
        filter: { kind: 'Resource', 'spec.type': 'kubernetes-cluster' },
        ownedByHolder: true,
      },
    ],
  }),
  persona('secops-person', { holders: ['security', 'group:default/platform'] }),
  persona('connector-dev', {
    holders: ['user:default/sam'],
    builds: [
      { filter: { 'spec.type': 'cloud-connector' }, ownedByHolder: true },
    ],
    consumes: ['component:default/rb-1'],
  }),
  persona('orphan', {
    holders: ['group:default/ghost'],
    builds: ['component:default/slack'],
  }),
  persona('cyc', { holders: ['a'] }),
];

const graph = new PersonaGraph([...org, ...personas]);
const p = (name: string) => `persona:default/${name}`;
const g = (name: string) => `group:default/${name}`;

const matrix = (coverage: ReturnType<typeof resolveCoverage>) =>
  Object.fromEntries(
    coverage.teams.map(row => [
      row.group,
      row.cells.map(c => [c.persona, c.direct, c.inheritedFrom]),
    ]),
  );

describe('resolveCoverage', () => {
  const coverage = resolveCoverage(graph);

  it('holds each persona directly where listed and inherited below, cycles included', () => {
    expect(matrix(coverage)).toEqual({
      [g('a')]: [[p('cyc'), true, []]],
      [g('b')]: [[p('cyc'), false, [g('a')]]],
      [g('network')]: [
        [p('admin'), false, [g('platform')]],
        [p('secops-person'), false, [g('platform')]],
      ],
      [g('platform')]: [
        [p('admin'), true, []],
        [p('secops-person'), true, []],
      ],
      [g('secops')]: [
        [p('admin'), false, [g('platform')]],
        [p('secops-person'), false, [g('platform'), g('security')]],
      ],
      [g('security')]: [
        [p('admin'), false, [g('platform')]],
        [p('secops-person'), true, [g('platform')]],
      ],
    });
  });

  it('lists the gaps: no existing holder, nothing built or enabled by a held persona, no persona', () => {
    expect(coverage.personas.map(s => s.ref)).toEqual(
      ['admin', 'connector-dev', 'cyc', 'orphan', 'secops-person'].map(p),
    );
    expect(coverage.personasWithoutHolder).toEqual([p('orphan')]);
    // slack is built only by a persona nobody holds; rb-1 is only consumed;
    // sam owns no connector; payments-api is no platform component.
    expect(coverage.uncoveredComponents).toEqual([
      {
        ref: 'component:default/orphan-connector',
        type: 'cloud-connector',
        owners: [g('loner')],
      },
      {
        ref: 'component:default/rb-1',
        type: 'runtime-bundle',
        owners: [g('payments')],
      },
      {
        ref: 'component:default/slack',
        type: 'cloud-connector',
        owners: [g('network')],
      },
    ]);
    expect(coverage.groupsWithoutPersona).toEqual(
      ['apps', 'loner', 'payments'].map(g),
    );
  });

  it('counts only the configured kinds and types as platform components', () => {
    const services = resolveCoverage(graph, {
      platformComponentKinds: [{ kind: 'component', types: ['service'] }],
    });
    expect(services.uncoveredComponents.map(c => c.ref)).toEqual([
      'component:default/payments-api',
    ]);
    const everyResource = resolveCoverage(graph, {
      platformComponentKinds: [{ kind: 'Resource' }],
    });
    expect(everyResource.uncoveredComponents).toEqual([]);
  });

  it('lists the platform components of the configured kinds and types only', () => {
    expect(platformComponentRefs(graph).sort()).toEqual([
      'component:default/orphan-connector',
      'component:default/rb-1',
      'component:default/slack',
      'resource:default/edge',
      'resource:default/prod-eu',
    ]);
    expect(
      platformComponentRefs(graph, [{ kind: 'Component', types: ['service'] }]),
    ).toEqual(['component:default/payments-api']);
  });

  it('keeps to the personas asked for', () => {
    const anthos = resolveCoverage(graph, {
      includePersona: ({ entity }) => entity.spec.framework === 'anthos',
    });
    expect(anthos.personas.map(s => s.ref)).toEqual([p('admin')]);
    expect(Object.keys(matrix(anthos))).toEqual(
      ['network', 'platform', 'secops', 'security'].map(g),
    );
    expect(anthos.groupsWithoutPersona).toEqual(
      ['a', 'apps', 'b', 'loner', 'payments'].map(g),
    );
  });

  it('says from which ancestors, with titles and levels, a cell is inherited', () => {
    const secops = coverage.teams.find(row => row.group === g('secops'))!;
    expect(
      secops.cells.find(c => c.persona === p('secops-person'))!.inheritedVia,
    ).toEqual([
      { group: g('platform'), title: undefined, levelsUp: 2 },
      { group: g('security'), title: undefined, levelsUp: 1 },
    ]);
    const platform = coverage.teams.find(row => row.group === g('platform'))!;
    expect(platform.cells.map(c => c.inheritedVia)).toEqual([[], []]);
  });

  it('sorts the rows by the title people read, the name where there is none', () => {
    const titled = (name: string, title?: string, parent?: string) => {
      const entity = group(name, parent);
      return { ...entity, metadata: { ...entity.metadata, title } };
    };
    const teams = resolveCoverage(
      new PersonaGraph([
        titled('zeta', 'Application Teams'),
        titled('alpha', 'Zoo Keepers', 'zeta'),
        titled('beta', undefined, 'zeta'),
        titled('gamma', 'ägypten', 'zeta'),
        persona('apps', { holders: ['zeta'] }),
      ]),
    ).teams;
    expect(teams.map(row => row.title ?? row.group)).toEqual([
      'ägypten',
      'Application Teams',
      g('beta'),
      'Zoo Keepers',
    ]);
    const inherited = teams.find(row => row.group === g('alpha'))!.cells[0];
    expect(inherited.inheritedVia).toEqual([
      { group: g('zeta'), title: 'Application Teams', levelsUp: 1 },
    ]);
  });

  it('treats what the caller may not see as absent, everywhere', () => {
    const hidden = new Set([g('security'), p('cyc'), g('network')]);
    const visible = resolveCoverage(graph, {
      isVisible: ref => !hidden.has(ref),
    });
    expect(matrix(visible)).toEqual({
      [g('platform')]: [
        [p('admin'), true, []],
        [p('secops-person'), true, []],
      ],
      [g('secops')]: [
        [p('admin'), false, [g('platform')]],
        [p('secops-person'), false, [g('platform')]],
      ],
    });
    expect(visible.personas.map(s => s.ref)).not.toContain(p('cyc'));
    expect(visible.groupsWithoutPersona).toEqual(
      ['a', 'apps', 'b', 'loner', 'payments'].map(g),
    );
    // edge stays covered through the holder's whole subtree; its hidden
    // owner is not named.
    expect(visible.uncoveredComponents.map(c => [c.ref, c.owners])).toEqual([
      ['component:default/orphan-connector', [g('loner')]],
      ['component:default/rb-1', [g('payments')]],
      ['component:default/slack', []],
    ]);
    const serialized = JSON.stringify(visible);
    hidden.forEach(ref => expect(serialized).not.toContain(`"${ref}"`));
  });
});
