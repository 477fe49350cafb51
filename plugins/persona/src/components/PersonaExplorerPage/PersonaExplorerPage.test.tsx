import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { coverageResponse } from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { rootRouteRef } from '../../routes';
import { PersonaExplorerPage } from './PersonaExplorerPage';

const emptyPage = { items: [], total: 0, offset: 0, limit: 25 };

describe('PersonaExplorerPage', () => {
  it('shows progress while the coverage loads', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    expect(screen.getByText('Personas')).toBeInTheDocument();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(api.getCoverage).toHaveBeenCalledWith({ offset: 0, limit: 25 });
  });

  it('shows the matrix with direct and inherited holdings, and the gaps', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });

    expect(await screen.findByText('Teams (2)')).toBeInTheDocument();
    const teamRow = screen.getByText('Platform Team').closest('tr')!;
    expect(within(teamRow).getByText('direct')).toBeInTheDocument();
    const adminsRow = screen
      .getByText('Platform Administrators')
      .closest('tr')!;
    expect(within(adminsRow).getByText('inherited')).toBeInTheDocument();
    expect(within(adminsRow).queryByText('direct')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Application owners and developers' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/persona/anthos-application-developer',
    );

    expect(screen.getByText('Personas without holder (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /cncf-service-provider/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Uncovered platform components (1)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Anthos edge cluster (on-prem)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Groups without persona (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /data-science-team/ }),
    ).toBeInTheDocument();
    expect(api.getCoverage).toHaveBeenCalledTimes(1);
  });

  it('filters by framework on the server and starts over at the first page', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (2)');

    await userEvent.click(screen.getByRole('button', { name: /Framework/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'anthos' }),
    );

    await waitFor(() =>
      expect(api.getCoverage).toHaveBeenLastCalledWith({
        framework: 'anthos',
        type: undefined,
        offset: 0,
        limit: 25,
      }),
    );
  });

  it('says when no persona matches the filters, and clears them', async () => {
    const api = mockPersonaApi({
      getCoverage: jest
        .fn()
        .mockResolvedValueOnce(coverageResponse)
        .mockResolvedValueOnce({
          ...coverageResponse,
          personas: [],
          teams: emptyPage,
        })
        .mockResolvedValue(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (2)');

    await userEvent.click(screen.getByRole('button', { name: /Type/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'consumer' }),
    );

    expect(
      await screen.findByText('No persona matches these filters'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear the filters' }),
    );
    expect(await screen.findByText('Teams (2)')).toBeInTheDocument();
    expect(api.getCoverage).toHaveBeenLastCalledWith({
      framework: undefined,
      type: undefined,
      offset: 0,
      limit: 25,
    });
  });

  it('pages the teams and gaps on the server', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue({
        ...coverageResponse,
        teams: { ...coverageResponse.teams, total: 60 },
      }),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (60)');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() =>
      expect(api.getCoverage).toHaveBeenLastCalledWith({
        framework: undefined,
        type: undefined,
        offset: 25,
        limit: 25,
      }),
    );
  });

  it('downloads the matrix as CSV and JSON', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:persona-coverage';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (2)');

    await userEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));

    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    const csv = await blobs[0].text();
    expect(csv).toContain('group:default/platform-team,Platform Team,direct,');
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const json = JSON.parse(await blobs[1].text());
    expect(json.teams).toHaveLength(2);
    // the page on screen held the whole matrix: no extra request
    expect(api.getCoverage).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('explains how to author a Persona when the catalog has none', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue({
        ...coverageResponse,
        personas: [],
        teams: emptyPage,
        personasWithoutHolder: emptyPage,
        uncoveredComponents: emptyPage,
        groupsWithoutPersona: emptyPage,
      }),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    expect(
      await screen.findByText('No personas in the catalog yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'authoring guide' }),
    ).toHaveAttribute('href', '/personas/authoring');
    expect(
      screen.getByRole('link', { name: 'Persona validator' }),
    ).toHaveAttribute('href', '/personas/validate');
    expect(
      screen.queryByRole('button', { name: 'CSV' }),
    ).not.toBeInTheDocument();
  });

  it('keeps a failure inside the page and retries', async () => {
    const api = mockPersonaApi({
      getCoverage: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValueOnce(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });

    expect(
      await screen.findByText(/Could not load the persona coverage/),
    ).toBeInTheDocument();
    expect(screen.getByText('Personas')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Teams (2)')).toBeInTheDocument();
  });

  it.each(['/personas', '/team-roles'])(
    'links to the validator, which it serves under its mount point %s',
    async mountPath => {
      const api = mockPersonaApi({
        getCoverage: jest.fn().mockResolvedValue(coverageResponse),
      });
      await renderWithPersonaApi(
        <Routes>
          <Route path={`${mountPath}/*`} element={<PersonaExplorerPage />} />
        </Routes>,
        {
          api,
          mountedRoutes: { [mountPath]: rootRouteRef },
          routeEntries: [mountPath],
        },
      );
      await screen.findByText('Teams (2)');
      const link = screen.getByRole('link', { name: 'Validate Persona YAML' });
      expect(link).toHaveAttribute('href', `${mountPath}/validate`);

      await userEvent.click(link);

      expect(
        await screen.findByRole('heading', { name: 'Validate Persona YAML' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('textbox', { name: 'Persona YAML' }),
      ).toBeInTheDocument();
      expect(screen.getByText('Personas')).toBeInTheDocument();
      expect(screen.queryByText('Teams (2)')).not.toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'all personas' }),
      ).toHaveAttribute('href', mountPath);
    },
  );

  it('links to the validator at its default path when the app did not mount the page', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (2)');
    expect(
      screen.getByRole('link', { name: 'Validate Persona YAML' }),
    ).toHaveAttribute('href', '/personas/validate');
  });
});
