import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { coverageResponse } from '../../__testUtils__/fixtures';
import { mockPersonaApi } from '../../__testUtils__/renderWithPersonaApi';
import { CoverageRequests } from './CoverageRequests';

const lonely = Array.from({ length: 30 }, (_, i) => `group:default/g-${i}`);

function answer(offset: number, limit: number): PersonaCoverageResponse {
  return {
    ...coverageResponse,
    groupsWithoutPersona: {
      items: lonely.slice(offset, offset + limit),
      total: lonely.length,
      offset,
      limit,
    },
  };
}

describe('CoverageRequests', () => {
  it('asks for the same page once, with the filters', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn(async q => answer(q!.offset!, q!.limit!)),
    });
    const requests = new CoverageRequests(api, { framework: 'anthos' });
    await Promise.all([requests.page(0, 25), requests.page(0, 25)]);
    expect(api.getCoverage).toHaveBeenCalledTimes(1);
    expect(api.getCoverage).toHaveBeenCalledWith({
      framework: 'anthos',
      offset: 0,
      limit: 25,
    });
  });

  it('serves a gap page from an answer that holds it, and asks for the rest', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn(async q => answer(q!.offset!, q!.limit!)),
    });
    const requests = new CoverageRequests(api, {});
    await requests.page(0, 25);

    const second = await requests.gapPage('groupsWithoutPersona', 10, 10);
    expect(second).toEqual({
      items: lonely.slice(10, 20),
      total: 30,
      offset: 10,
      limit: 10,
    });
    expect(api.getCoverage).toHaveBeenCalledTimes(1);

    const third = await requests.gapPage('groupsWithoutPersona', 20, 10);
    expect(third.items).toEqual(lonely.slice(20, 30));
    expect(api.getCoverage).toHaveBeenLastCalledWith({ offset: 20, limit: 10 });
  });

  it('forgets a failed request, so that asking again retries it', async () => {
    const api = mockPersonaApi({
      getCoverage: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValue(answer(0, 25)),
    });
    const requests = new CoverageRequests(api, {});
    await expect(requests.page(0, 25)).rejects.toThrow('Service Unavailable');
    await expect(requests.page(0, 25)).resolves.toBeDefined();
    expect(api.getCoverage).toHaveBeenCalledTimes(2);
  });
});
