import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { coverageResponse } from '../../__testUtils__/fixtures';
import { mockPersonaApi } from '../../__testUtils__/renderWithPersonaApi';
import { coverageToJson } from './coverageJson';
import { fetchWholeMatrix } from './fetchWholeMatrix';

function page<T>(items: T[], offset: number, total: number) {
  return { items, total, offset, limit: 500 };
}

/** An answer at `offset` of a catalog with `teams` teams and `groups` groups without persona. */
function answer(
  offset: number,
  teams: number,
  groups = 0,
): PersonaCoverageResponse {
  const range = (total: number) =>
    Array.from(
      { length: Math.max(0, Math.min(500, total - offset)) },
      (_, i) => offset + i,
    );
  return {
    ...coverageResponse,
    teams: page(
      range(teams).map(i => ({ group: `group:default/team-${i}`, cells: [] })),
      offset,
      teams,
    ),
    personasWithoutHolder: page([], offset, 0),
    uncoveredComponents: page([], offset, 0),
    groupsWithoutPersona: page(
      range(groups).map(i => `group:default/lonely-${i}`),
      offset,
      groups,
    ),
  };
}

describe('fetchWholeMatrix', () => {
  it('uses the page on screen when it holds every row and gap', async () => {
    const api = mockPersonaApi();
    const whole = await fetchWholeMatrix(api, {}, coverageResponse);
    expect(whole.teams).toHaveLength(2);
    expect(whole.groupsWithoutPersona).toEqual([
      'group:default/data-science-team',
    ]);
    expect(api.getCoverage).not.toHaveBeenCalled();
  });

  it('reads every row and gap in pages of 500 with the same filters', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn(async query =>
        answer(query?.offset ?? 0, 740, 1200),
      ),
    });
    const shown = { ...answer(0, 740, 1200) };
    shown.teams = { ...shown.teams, items: shown.teams.items.slice(0, 25) };

    const whole = await fetchWholeMatrix(api, { framework: 'anthos' }, shown);

    expect(whole.teams).toHaveLength(740);
    expect(whole.teams[739].group).toBe('group:default/team-739');
    expect(whole.groupsWithoutPersona).toHaveLength(1200);
    expect(api.getCoverage).toHaveBeenCalledTimes(3);
    expect(api.getCoverage).toHaveBeenNthCalledWith(2, {
      framework: 'anthos',
      offset: 500,
      limit: 500,
    });
  });

  it('stops when the catalog shrank while reading', async () => {
    const api = mockPersonaApi({
      getCoverage: jest
        .fn()
        .mockResolvedValueOnce(answer(0, 900))
        .mockResolvedValueOnce(answer(500, 500)),
    });
    const whole = await fetchWholeMatrix(api, {}, answer(500, 900));
    expect(whole.teams).toHaveLength(500);
  });
});

describe('coverageToJson', () => {
  it('writes the filters, the personas, the rows and the gaps', () => {
    const json = JSON.parse(
      coverageToJson(
        {
          personas: coverageResponse.personas,
          teams: coverageResponse.teams.items,
          personasWithoutHolder: ['persona:default/cncf-service-provider'],
          uncoveredComponents: coverageResponse.uncoveredComponents.items,
          groupsWithoutPersona: ['group:default/data-science-team'],
        },
        { framework: 'anthos' },
        new Date('2025-06-02T10:00:00.000Z'),
      ),
    );
    expect(json.exportedAt).toBe('2025-06-02T10:00:00.000Z');
    expect(json.filters).toEqual({ framework: 'anthos' });
    expect(json.personas[0]).toEqual({
      ref: 'persona:default/anthos-platform-team',
      title: 'Platform team',
      type: 'builder',
      framework: 'anthos',
    });
    expect(json.teams[1].cells[0].inheritedFrom).toEqual([
      'group:default/platform-team',
    ]);
    expect(json.gaps).toEqual({
      personasWithoutHolder: ['persona:default/cncf-service-provider'],
      uncoveredComponents: [
        expect.objectContaining({ ref: 'resource:default/anthos-edge-onprem' }),
      ],
      groupsWithoutPersona: ['group:default/data-science-team'],
    });
  });
});
