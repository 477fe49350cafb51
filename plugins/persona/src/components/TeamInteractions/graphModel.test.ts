import { buildTeamGraph, shortRef } from './graphModel';

const label = (mode: string) => mode.toUpperCase();

describe('buildTeamGraph', () => {
  it('keeps one edge per ordered pair of teams, labelled with its modes in order', () => {
    const graph = buildTeamGraph(
      [
        {
          ref: 'group:default/a',
          title: 'Team A',
          teamType: 'platform',
          teamTypeSource: 'inferred',
        },
      ],
      [
        {
          mode: 'facilitating',
          from: 'group:default/a',
          to: 'group:default/b',
          components: [],
          personas: [],
        },
        {
          mode: 'x-as-a-service',
          from: 'group:default/a',
          to: 'group:default/b',
          components: [],
          personas: [],
        },
        {
          mode: 'x-as-a-service',
          from: 'group:default/b',
          to: 'group:default/a',
          components: [],
          personas: [],
        },
      ],
      label,
    );
    expect(graph.edges).toEqual([
      {
        from: 'group:default/a',
        to: 'group:default/b',
        modes: ['x-as-a-service', 'facilitating'],
        label: 'X-AS-A-SERVICE · FACILITATING',
      },
      {
        from: 'group:default/b',
        to: 'group:default/a',
        modes: ['x-as-a-service'],
        label: 'X-AS-A-SERVICE',
      },
    ]);
    // a team missing from `teams` still gets a node, named by its ref
    expect(graph.nodes).toEqual([
      {
        id: 'group:default/a',
        title: 'Team A',
        teamType: 'platform',
        teamTypeSource: 'inferred',
      },
      {
        id: 'group:default/b',
        title: 'b',
        teamType: undefined,
        teamTypeSource: undefined,
      },
    ]);
  });

  it('leaves out teams without a shown interaction', () => {
    const graph = buildTeamGraph(
      [
        {
          ref: 'group:default/lonely',
          teamType: 'stream-aligned',
          teamTypeSource: 'inferred',
        },
      ],
      [],
      label,
    );
    expect(graph).toEqual({ nodes: [], edges: [] });
  });

  it('shortens refs of the default namespace only', () => {
    expect(shortRef('group:default/payments')).toBe('payments');
    expect(shortRef('group:acme/payments')).toBe('acme/payments');
  });
});
