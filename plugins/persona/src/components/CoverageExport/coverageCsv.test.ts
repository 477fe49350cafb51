import { coverageResponse } from '../../__testUtils__/fixtures';
import { coverageToCsv, describeCell, escapeCsvField } from './coverageCsv';

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
  it('tells direct, inherited and both apart', () => {
    expect(describeCell(undefined)).toBe('');
    expect(
      describeCell({ persona: 'p', direct: true, inheritedFrom: [] }),
    ).toBe('direct');
    expect(
      describeCell({
        persona: 'p',
        direct: false,
        inheritedFrom: ['group:default/platform-team', 'group:default/acme'],
      }),
    ).toBe('inherited from group:default/platform-team group:default/acme');
    expect(
      describeCell({
        persona: 'p',
        direct: true,
        inheritedFrom: ['group:default/acme'],
      }),
    ).toBe('direct; inherited from group:default/acme');
  });
});

describe('coverageToCsv', () => {
  it('writes a row per team and a column per persona, with CRLF line ends', () => {
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
      'team,team title,persona:default/anthos-platform-team,persona:default/anthos-application-developer',
      'group:default/platform-team,Platform Team,direct,',
      'group:default/platform-admins,Platform Administrators,inherited from group:default/platform-team,',
      'group:default/checkout-team,"Checkout, ""Web""",,',
      '',
    ]);
  });
});
