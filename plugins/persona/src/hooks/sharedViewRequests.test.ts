import { platformAdminsView } from '../__testUtils__/fixtures';
import { mockPersonaApi } from '../__testUtils__/renderWithPersonaApi';
import { fetchSharedView, VIEW_FIRST_PAGE_SIZE } from './sharedViewRequests';

describe('fetchSharedView', () => {
  const ref = 'group:default/platform-admins';

  afterEach(() => jest.useRealTimers());

  it('asks once for components that want the same view together', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformAdminsView),
    });
    const views = await Promise.all([
      fetchSharedView(api, ref),
      fetchSharedView(api, ref),
      fetchSharedView(api, 'group:default/platform-team'),
    ]);
    expect(views[0]).toBe(views[1]);
    expect(api.getView).toHaveBeenCalledTimes(2);
    // the first answer carries the first page of each long list, and of
    // the sub-teams' components their totals only
    expect(api.getView).toHaveBeenCalledWith(ref, {
      limit: VIEW_FIRST_PAGE_SIZE,
      subTeamLimit: 0,
    });
    expect(VIEW_FIRST_PAGE_SIZE).toBe(50);
  });

  it('shares the answer with sub-team components apart from the first', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformAdminsView),
    });
    await fetchSharedView(api, ref);
    await fetchSharedView(api, ref, 'withSubTeamComponents');
    await fetchSharedView(api, ref, 'withSubTeamComponents');
    expect(api.getView).toHaveBeenCalledTimes(2);
    expect(api.getView).toHaveBeenLastCalledWith(ref, {
      limit: VIEW_FIRST_PAGE_SIZE,
      subTeamLimit: VIEW_FIRST_PAGE_SIZE,
    });
  });

  it('asks again once the answer is older than the share window', async () => {
    jest.useFakeTimers({ now: new Date('2025-06-02T09:00:00Z') });
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformAdminsView),
    });
    await fetchSharedView(api, ref);
    jest.setSystemTime(new Date('2025-06-02T09:00:05Z'));
    await fetchSharedView(api, ref);
    expect(api.getView).toHaveBeenCalledTimes(1);

    jest.setSystemTime(new Date('2025-06-02T09:00:11Z'));
    await fetchSharedView(api, ref);
    expect(api.getView).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failure for later components', async () => {
    const api = mockPersonaApi({
      getView: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValueOnce(platformAdminsView),
    });
    await expect(fetchSharedView(api, ref)).rejects.toThrow(
      'Service Unavailable',
    );
    await expect(fetchSharedView(api, ref)).resolves.toBe(platformAdminsView);
  });
});
