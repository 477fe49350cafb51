import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { coverageResponse } from '../../__testUtils__/fixtures';
import { mockPersonaApi } from '../../__testUtils__/renderWithPersonaApi';
import { coverageToJson } from './coverageJson';
import { fetchWholeMatrix } from './fetchWholeMatrix';

function teamsPage(
  offset: number,
  count: number,
  total: number,
): PersonaCoverageResponse {
  const items = Array.from({ length: count }, (_, i) => ({
    group: `group:default/team-${offset + i}`,
    cells: [],
  }));
  return { ...coverageResponse, teams: { items, total, offset, limit: 500 } };
}

describe('fetchWholeMatrix', () => {
  it('uses the page on screen when it holds every row', async () => {
    const api = mockPersonaApi();
    const matrix = await fetchWholeMatrix(api, {}, coverageResponse);
    expect(matrix.teams).toHaveLength(2);
    expect(api.getCoverage).not.toHaveBeenCalled();
  });

  it('reads every row in pages of 500 with the same filters', async () => {
    const api = mockPersonaApi({
      getCoverage: jest
        .fn()
        .mockResolvedValueOnce(teamsPage(0, 500, 740))
        .mockResolvedValueOnce(teamsPage(500, 240, 740)),
    });
    const shown = teamsPage(25, 25, 740);

    const matrix = await fetchWholeMatrix(api, { framework: 'anthos' }, shown);

    expect(matrix.teams).toHaveLength(740);
    expect(matrix.teams[739].group).toBe('group:default/team-739');
    expect(api.getCoverage).toHaveBeenNthCalledWith(1, {
      framework: 'anthos',
      offset: 0,
      limit: 500,
    });
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
        .mockResolvedValueOnce(teamsPage(0, 500, 900))
        .mockResolvedValueOnce(teamsPage(500, 0, 500)),
    });
    const matrix = await fetchWholeMatrix(api, {}, teamsPage(500, 0, 900));
    expect(matrix.teams).toHaveLength(500);
  });
});

describe('coverageToJson', () => {
  it('writes the filters, the personas and the rows', () => {
    const json = JSON.parse(
      coverageToJson(
        {
          personas: coverageResponse.personas,
          teams: coverageResponse.teams.items,
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
  });
});
