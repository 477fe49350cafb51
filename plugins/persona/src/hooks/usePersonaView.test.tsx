import { TestApiProvider } from '@backstage/test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { PersonaApi, personaApiRef } from '../api';
import { platformAdminsView } from '../__testUtils__/fixtures';
import { mockPersonaApi } from '../__testUtils__/renderWithPersonaApi';
import { usePersonaView } from './usePersonaView';

const ref = 'group:default/platform-admins';

function renderViews(api: PersonaApi, count = 1) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[personaApiRef, api]]}>{children}</TestApiProvider>
  );
  return renderHook(
    () => Array.from({ length: count }, () => usePersonaView(ref)),
    { wrapper },
  );
}

describe('usePersonaView', () => {
  it('gives the view, with one request for every component that wants it', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformAdminsView),
    });
    const { result } = renderViews(api, 3);
    expect(result.current[0].loading).toBe(true);
    await waitFor(() => expect(result.current[2].loading).toBe(false));

    expect(result.current.map(state => state.value)).toEqual([
      platformAdminsView,
      platformAdminsView,
      platformAdminsView,
    ]);
    expect(api.getView).toHaveBeenCalledTimes(1);
  });

  it('asks again on retry after a failure, and forgets the failure', async () => {
    const api = mockPersonaApi({
      getView: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValueOnce(platformAdminsView),
    });
    const { result } = renderViews(api);
    await waitFor(() =>
      expect(result.current[0].error?.message).toBe('Service Unavailable'),
    );

    act(() => result.current[0].retry());
    await waitFor(() =>
      expect(result.current[0].value).toBe(platformAdminsView),
    );
    expect(result.current[0].error).toBeUndefined();
    expect(api.getView).toHaveBeenCalledTimes(2);
  });
});
