import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aliceView,
  groupEntity,
  platformAdminsView,
  meta,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaContent } from './EntityPersonaContent';

const platformAdmins = groupEntity(
  'platform-admins',
  'Platform Administrators',
);

describe('EntityPersonaContent', () => {
  it('shows progress while the view loads', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformAdmins,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(api.getView).toHaveBeenCalledWith('group:default/platform-admins');
  });

  it('shows the personas held, how, and their components per mode', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformAdminsView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformAdmins,
    });

    expect(await screen.findByText('Platform team')).toBeInTheDocument();
    expect(screen.getByText('builder · anthos')).toBeInTheDocument();
    expect(screen.getByText(/Inherited from parent group/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Build and manage the life cycle of the Anthos platform',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('google-cloud-ui')).toBeInTheDocument();

    expect(screen.getByText('Builds (3)')).toBeInTheDocument();
    expect(screen.getByText('Enables (1)')).toBeInTheDocument();
    expect(screen.queryByText(/Consumes \(/)).not.toBeInTheDocument();

    const cluster = screen.getByText('Anthos production cluster (EU)');
    expect(cluster.closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/resource/anthos-prod-eu',
    );
    const missingRow = screen
      .getByText(/resource:default\/anthos-legacy-dc/)
      .closest('tr')!;
    expect(within(missingRow).getByText('missing')).toBeInTheDocument();
    expect(screen.getByText('production')).toBeInTheDocument();
    expect(api.getView).toHaveBeenCalledTimes(1);
  });

  it('says through which group a user holds a persona', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(aliceView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'alice.admin', namespace: 'default' },
        spec: { memberOf: ['platform-admins'] },
      },
    });

    expect(
      await screen.findByText(/Through membership of/),
    ).toBeInTheDocument();
    expect(screen.getByText(/inherited from/)).toBeInTheDocument();
    expect(api.getView).toHaveBeenCalledWith('user:default/alice.admin');
  });

  it('explains how to author a Persona when the group holds none', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        type: 'holder',
        entityRef: 'group:default/data-science-team',
        personas: [],
        meta,
      }),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: groupEntity('data-science-team', 'Data Science Team'),
    });

    expect(
      await screen.findByText('Data Science Team holds no persona'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'authoring guide' }),
    ).toHaveAttribute('href', '/personas/authoring');
    expect(
      screen.getByRole('link', { name: 'Persona validator' }),
    ).toHaveAttribute('href', '/personas/validate');
  });

  it('shows the error inside the tab and retries', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'No entity named group:default/platform-admins',
          },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const api = mockPersonaApi({
      getView: jest
        .fn()
        .mockRejectedValueOnce(notFound)
        .mockResolvedValueOnce(platformAdminsView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformAdmins,
    });

    expect(
      await screen.findByText(
        /Could not load the personas of group:default\/platform-admins/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/No entity named group:default\/platform-admins/)
        .length,
    ).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(screen.getByText('Platform team')).toBeInTheDocument(),
    );
    expect(api.getView).toHaveBeenCalledTimes(2);
  });
});
