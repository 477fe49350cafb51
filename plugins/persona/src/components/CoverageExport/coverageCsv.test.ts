import { coverageResponse } from '../../__testUtils__/fixtures';
import { coverageToCsv, describeCell, escapeCsvField } from './coverageCsv';
import { gapsToCsv } from './gapsCsv';

describe('escapeCsvField', () => {
  it.each([
    ['platform-team', 'platform-team'],
    ['Platform, Team', '"Platform, Team"'],
    ['The "core" team', '"The ""core"" team"'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    [' padded ', '" padded "'],
    ['=HYPERLINK("http://localhost")', '"\'=HYPERLINK(""http://localhost"")"'],
    ['+1', "'+1"],
    ['@sum', "'@sum"],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(escapeCsvField(value)).toBe(expected);
  });
});

describe('describeCell', () => {
  it('tells direct, inherited and both apart, naming groups by title', () => {
    expect(describeCell(undefined)).toBe('');
    expect(
      describeCell({ persona: 'p', direct: true, inheritedFrom: [] }),
    ).toBe('direct');
    expect(
      describeCell({
        persona: 'p',
        direct: false,
        inheritedFrom: ['group:default/acme', 'group:default/platform-team'],
        inheritedVia: [
          { group: 'group:default/acme', title: 'ACME', levelsUp: 2 },
          { group: 'group:default/platform-team', levelsUp: 1 },
        ],
      }),
    ).toBe('inherited from ACME (2 levels up), Platform Team (1 level up)');
    expect(
      describeCell({
        persona: 'p',
        direct: true,
        inheritedFrom: ['group:default/acme'],
      }),
    ).toBe('direct; inherited from Acme');
  });
});

describe('coverageToCsv', () => {
  it('heads columns with titles, keeps refs in a column, and ends lines with CRLF', () => {
    const csv = coverageToCsv({
      personas: coverageResponse.personas,
      teams: [
        ...coverageResponse.teams.items,
        {
          group: 'group:default/checkout-team',
          title: 'Checkout, "Web"',
          cells: [],
        },
      ],
    });

    expect(csv.split('\r\n')).toEqual([
      'ref,Team,Platform team,Application owners and developers',
      'group:default/platform-team,Platform Team,direct,',
      'group:default/platform-admins,Platform Administrators,inherited from Platform Team,',
      'group:default/checkout-team,"Checkout, ""Web""",,',
      '',
    ]);
  });

  it('tells personas that share a title apart by their ref', () => {
    const [first, second] = coverageResponse.personas;
    const csv = coverageToCsv({
      personas: [first, { ...second, title: first.title }],
      teams: [],
    });
    expect(csv.split('\r\n')[0]).toBe(
      `ref,Team,Platform team (${first.ref}),Platform team (${second.ref})`,
    );
  });
});

describe('gapsToCsv', () => {
  it('writes one row per gap, with its kind, ref and title', () => {
    const csv = gapsToCsv({
      personas: coverageResponse.personas,
      teams: [],
      personasWithoutHolder: ['persona:default/anthos-platform-team'],
      uncoveredComponents: coverageResponse.uncoveredComponents.items,
      groupsWithoutPersona: ['group:default/data-science-team'],
    });
    expect(csv.split('\r\n')).toEqual([
      'Gap,ref,Title,Type,Owners',
      'Persona without holder,persona:default/anthos-platform-team,Platform team,,',
      'Uncovered platform component,resource:default/anthos-edge-onprem,Anthos edge cluster (on-prem),kubernetes-cluster,group:default/platform-admins',
      'Group without persona,group:default/data-science-team,Data Science Team,,',
      '',
    ]);
  });
});
