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

// Each test renders the whole page and drives MUI selects and pagers, which
// takes several seconds on a busy machine
jest.setTimeout(20_000);

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
    // Rows by title, whatever order the answer had
    const teams = screen
      .getAllByRole('rowheader')
      .map(cell => cell.textContent);
    expect(teams).toEqual(['Platform Administrators', 'Platform Team']);
    const teamRow = screen.getByText('Platform Team').closest('tr')!;
    expect(within(teamRow).getByText('direct')).toBeInTheDocument();
    const adminsRow = screen
      .getByText('Platform Administrators')
      .closest('tr')!;
    expect(within(adminsRow).getByText('inherited')).toBeInTheDocument();
    expect(within(adminsRow).queryByText('direct')).not.toBeInTheDocument();
    expect(
      within(adminsRow).getByRole('img', { name: /^inherited:/ }),
    ).toHaveAccessibleName('inherited: Inherited from Platform Team');
    expect(
      screen.getByRole('columnheader', { name: 'Anthos' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Application owners and developers' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/persona/anthos-application-developer',
    );

    expect(screen.getByText('Personas without holder (1)')).toBeInTheDocument();
    expect(
      screen.getByText(/Personas that no team or person holds/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /CNCF Service Provider/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Uncovered platform components (1)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/that no held persona builds or enables/),
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

  it('searches the teams, reading every team once when a page does not hold them all', async () => {
    const shown = {
      ...coverageResponse,
      teams: { ...coverageResponse.teams, total: 30 },
    };
    const api = mockPersonaApi({
      getCoverage: jest
        .fn()
        .mockResolvedValueOnce(shown)
        .mockResolvedValue({
          ...coverageResponse,
          teams: { ...coverageResponse.teams, limit: 500 },
        }),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (30)');

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search teams' }),
      'admin',
    );

    expect(await screen.findByText('Teams (1)')).toBeInTheDocument();
    expect(
      screen.getAllByRole('rowheader').map(cell => cell.textContent),
    ).toEqual(['Platform Administrators']);
    expect(api.getCoverage).toHaveBeenCalledTimes(2);
    expect(api.getCoverage).toHaveBeenLastCalledWith({
      offset: 0,
      limit: 500,
    });

    await userEvent.clear(
      screen.getByRole('textbox', { name: 'Search teams' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search teams' }),
      'nobody',
    );
    expect(
      await screen.findByText('No team matches “nobody”.'),
    ).toBeInTheDocument();
    expect(api.getCoverage).toHaveBeenCalledTimes(2);
  });

  it('filters by framework on the server and starts over at the first page', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (2)');

    await userEvent.click(screen.getByRole('button', { name: /Framework/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Anthos' }),
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
      await screen.findByRole('option', { name: 'Consumer' }),
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

  it('pages the teams on the server, and each gap list on its own', async () => {
    const lonely = Array.from(
      { length: 12 },
      (_, i) => `group:default/lonely-${String(i).padStart(2, '0')}`,
    );
    const api = mockPersonaApi({
      getCoverage: jest.fn(async query => {
        const offset = query?.offset ?? 0;
        const limit = query?.limit ?? 25;
        return {
          ...coverageResponse,
          teams: { ...coverageResponse.teams, total: 60, offset, limit },
          groupsWithoutPersona: {
            items: lonely.slice(offset, offset + limit),
            total: lonely.length,
            offset,
            limit,
          },
        };
      }),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (60)');
    expect(screen.getByText('1-25 of 60')).toBeInTheDocument();
    const gapCard = screen
      .getByText('Groups without persona (12)')
      .closest('[class*="MuiCard-root"]') as HTMLElement;
    expect(await within(gapCard).findByText('1-10 of 12')).toBeInTheDocument();
    expect(within(gapCard).getByText('lonely-09')).toBeInTheDocument();

    // The gap list pages from what was read already
    await userEvent.click(
      within(gapCard).getByRole('button', { name: 'Next page' }),
    );
    expect(await within(gapCard).findByText('lonely-11')).toBeInTheDocument();
    expect(within(gapCard).queryByText('lonely-09')).not.toBeInTheDocument();
    expect(api.getCoverage).toHaveBeenCalledTimes(1);

    // The teams page on the server; the gap list stays where it was
    const teamPager = screen.getByText('1-25 of 60').parentElement!;
    await userEvent.click(
      within(teamPager).getByRole('button', { name: 'Next page' }),
    );
    await waitFor(() =>
      expect(api.getCoverage).toHaveBeenLastCalledWith({
        framework: undefined,
        type: undefined,
        offset: 25,
        limit: 25,
      }),
    );
    expect(await screen.findByText('26-50 of 60')).toBeInTheDocument();
    expect(within(gapCard).getByText('11-12 of 12')).toBeInTheDocument();
    expect(within(gapCard).getByText('lonely-11')).toBeInTheDocument();
    expect(api.getCoverage).toHaveBeenCalledTimes(2);
  });

  it('downloads the matrix and the gaps as CSV, and both as JSON', async () => {
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
    await userEvent.click(screen.getByRole('button', { name: 'Gaps CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));

    await waitFor(() => expect(click).toHaveBeenCalledTimes(3));
    const csv = await blobs[0].text();
    expect(csv).toMatch(
      /^ref,Team,Platform team,Application owners and developers\r\n/,
    );
    expect(csv).toContain('group:default/platform-team,Platform Team,direct,');
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const gaps = await blobs[1].text();
    expect(gaps).toContain(
      'Group without persona,group:default/data-science-team,Data Science Team',
    );
    const json = JSON.parse(await blobs[2].text());
    expect(json.teams).toHaveLength(2);
    expect(json.gaps.personasWithoutHolder).toEqual([
      'persona:default/cncf-service-provider',
    ]);
    // the page on screen held the whole coverage: no extra request
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

  it('switches to the team interactions, and keeps the choice in the URL', async () => {
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 120, height: 46 }),
      configurable: true,
    });
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
      getInteractions: jest.fn().mockResolvedValue({
        teams: [
          {
            ref: 'group:default/platform-team',
            title: 'Platform Team',
            teamType: 'platform',
            teamTypeSource: 'inferred',
          },
        ],
        interactions: [
          {
            mode: 'x-as-a-service',
            from: 'group:default/platform-team',
            to: 'group:default/payments',
            components: [],
            personas: [],
          },
        ],
        titles: {},
        meta: coverageResponse.meta,
      }),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, { api });
    await screen.findByText('Teams (2)');
    expect(api.getInteractions).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('tab', { name: 'Team interactions' }),
    );
    expect(
      await screen.findByTestId('team-interaction-graph'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Teams (2)')).not.toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Team interactions' }),
    ).toHaveAttribute('aria-selected', 'true');

    await userEvent.click(screen.getByRole('tab', { name: 'Coverage' }));
    expect(await screen.findByText('Teams (2)')).toBeInTheDocument();
  });

  it('opens on the team interactions when the URL asks for them', async () => {
    const api = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
      getInteractions: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<PersonaExplorerPage />, {
      api,
      routeEntries: ['/?view=interactions'],
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(api.getInteractions).toHaveBeenCalled();
    expect(api.getCoverage).not.toHaveBeenCalled();
  });
});
