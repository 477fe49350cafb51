import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import {
  describeSource,
  groupByFramework,
  humanize,
  inheritedSources,
  sortTeamRows,
  teamMatches,
  titleOf,
} from '.';

const persona = (name: string, framework?: string, title?: string) =>
  ({
    ref: `persona:default/${name}`,
    title,
    type: 'builder',
    framework,
  } as PersonaSummary);

describe('humanize', () => {
  it.each([
    ['cncf-platforms', 'CNCF Platforms'],
    ['activiti-cloud', 'Activiti Cloud'],
    ['kubernetes_cluster', 'Kubernetes Cluster'],
    ['anthos', 'Anthos'],
  ])('reads %j as %j', (value, expected) => {
    expect(humanize(value)).toBe(expected);
  });

  it('names an entity by its title, else by its name humanised', () => {
    expect(titleOf('group:default/data-science-team')).toBe(
      'Data Science Team',
    );
    expect(titleOf('group:default/ds', 'Data Science')).toBe('Data Science');
  });
});

describe('sortTeamRows', () => {
  it('sorts by the title shown, the name where there is none', () => {
    const rows = sortTeamRows([
      { group: 'group:default/a-team', title: 'Zoo', cells: [] },
      { group: 'group:default/zz', title: 'application Teams', cells: [] },
      { group: 'group:default/billing', cells: [] },
    ]);
    expect(rows.map(r => r.group)).toEqual([
      'group:default/zz',
      'group:default/billing',
      'group:default/a-team',
    ]);
  });
});

describe('teamMatches', () => {
  const row = {
    group: 'group:default/payments-team',
    title: 'Payments',
    cells: [],
  };
  it('matches the title, the humanised name and the ref, ignoring case', () => {
    expect(teamMatches(row, 'PAY')).toBe(true);
    expect(teamMatches(row, 'payments team')).toBe(true);
    expect(teamMatches(row, 'group:default/pay')).toBe(true);
    expect(teamMatches(row, '  ')).toBe(true);
    expect(teamMatches(row, 'checkout')).toBe(false);
  });
});

describe('groupByFramework', () => {
  it('groups by framework label, without framework last, titles sorted', () => {
    const groups = groupByFramework([
      persona('z', 'cncf-platforms', 'Zed'),
      persona('none'),
      persona('b', 'anthos', 'Builder'),
      persona('a', 'cncf-platforms', 'Alpha'),
    ]);
    expect(
      groups.map(g => [g.label, g.personas.map(p => p.title ?? p.ref)]),
    ).toEqual([
      ['Anthos', ['Builder']],
      ['CNCF Platforms', ['Alpha', 'Zed']],
      [undefined, ['persona:default/none']],
    ]);
  });
});

describe('inheritedSources', () => {
  it('prefers titles and levels of the answer, then rows on screen, then names', () => {
    const sources = inheritedSources(
      {
        persona: 'p',
        direct: false,
        inheritedFrom: [
          'group:default/apps',
          'group:default/org',
          'group:default/platform-team',
        ],
        inheritedVia: [
          {
            group: 'group:default/apps',
            title: 'Application Teams',
            levelsUp: 1,
          },
        ],
      },
      [{ group: 'group:default/org', title: 'ACME', cells: [] }],
    );
    expect(sources.map(describeSource)).toEqual([
      'Application Teams (1 level up)',
      'ACME',
      'Platform Team',
    ]);
    expect(describeSource({ group: 'g', title: 'Org', levelsUp: 3 })).toBe(
      'Org (3 levels up)',
    );
  });
});
