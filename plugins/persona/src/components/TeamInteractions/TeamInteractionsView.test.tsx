import { TeamInteractionsResponse } from '@platform-personas/backstage-plugin-persona-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { interaction, team } from '../../__testUtils__/interactionFixtures';
import { meta } from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { TeamInteractionsView } from './TeamInteractionsView';

const response: TeamInteractionsResponse = {
  teams: [
    team('platform-team', 'Platform Team', 'platform'),
    team('payments', 'Payments', 'stream-aligned'),
    team('sre', 'SRE Enablement', 'enabling', 'annotation'),
  ],
  interactions: [
    interaction(
      'x-as-a-service',
      'platform-team',
      'payments',
      ['resource:default/anthos-prod-eu'],
      ['persona:default/anthos-platform-team'],
    ),
    interaction(
      'facilitating',
      'sre',
      'payments',
      ['resource:default/anthos-prod-eu'],
      ['persona:default/sre-enabler'],
    ),
  ],
  titles: {
    'resource:default/anthos-prod-eu': 'Anthos prod EU',
    'persona:default/anthos-platform-team': 'Platform team',
    'persona:default/sre-enabler': 'SRE enabler',
  },
  meta,
};

jest.setTimeout(20_000);

describe('TeamInteractionsView', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the graph measures its nodes
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 120, height: 46 }),
      configurable: true,
    });
  });

  it('draws the teams with their type and the interactions as edges labelled with the mode', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn().mockResolvedValue(response),
    });
    await renderWithPersonaApi(<TeamInteractionsView />, { api });

    const graph = await screen.findByTestId('team-interaction-graph');
    await waitFor(() =>
      expect(within(graph).getAllByTestId(/^team-node-/)).toHaveLength(3),
    );
    const platform = within(graph).getByTestId(
      'team-node-group:default/platform-team',
    );
    expect(platform).toHaveTextContent('Platform Team');
    expect(platform).toHaveTextContent('Platform');
    expect(platform).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-team',
    );
    expect(
      within(graph).getByTestId('team-node-group:default/sre'),
    ).toHaveTextContent('SRE EnablementEnabling');
    await waitFor(() =>
      expect(within(graph).getAllByTestId('interaction-edge')).toHaveLength(2),
    );
    const edges = within(graph).getAllByTestId('interaction-edge');
    expect(edges.map(edge => edge.getAttribute('data-modes')).sort()).toEqual([
      'facilitating',
      'x-as-a-service',
    ]);
    expect(within(graph).getByText('X-as-a-Service')).toBeInTheDocument();
    expect(api.getInteractions).toHaveBeenCalledWith();

    // the same interactions in a table
    const table = screen.getByRole('table', { name: 'Team interactions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      'Platform TeamX-as-a-ServicePaymentsAnthos prod EUPlatform team',
      'SRE EnablementFacilitatingPaymentsAnthos prod EUSRE enabler',
    ]);
    expect(
      within(rows[0]).getByRole('link', { name: 'Payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
  });

  it('filters by mode', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn().mockResolvedValue(response),
    });
    await renderWithPersonaApi(<TeamInteractionsView />, { api });
    const facilitating = await screen.findByRole('button', {
      name: 'Facilitating (1)',
    });
    expect(facilitating).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(facilitating);
    expect(facilitating).toHaveAttribute('aria-pressed', 'false');

    const table = screen.getByRole('table', { name: 'Team interactions' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).queryByText('SRE Enablement')).not.toBeInTheDocument();
    const graph = screen.getByTestId('team-interaction-graph');
    await waitFor(() =>
      expect(within(graph).getAllByTestId(/^team-node-/)).toHaveLength(2),
    );

    // a mode without interactions shows none; the last mode on stays on
    await userEvent.click(
      screen.getByRole('button', { name: 'X-as-a-Service (1)' }),
    );
    expect(
      screen.getByText('No interaction of the selected modes.'),
    ).toBeInTheDocument();
    const collaboration = screen.getByRole('button', {
      name: 'Collaboration (0)',
    });
    await userEvent.click(collaboration);
    expect(collaboration).toHaveAttribute('aria-pressed', 'true');
  });

  it('explains where interactions come from when there are none', async () => {
    const api = mockPersonaApi({
      getInteractions: jest
        .fn()
        .mockResolvedValue({ teams: [], interactions: [], titles: {}, meta }),
    });
    await renderWithPersonaApi(<TeamInteractionsView />, { api });
    expect(
      await screen.findByText('No team interacts with another yet'),
    ).toBeInTheDocument();
  });

  it('shows the error with a retry', async () => {
    const api = mockPersonaApi({
      getInteractions: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValue(response),
    });
    await renderWithPersonaApi(<TeamInteractionsView />, { api });
    expect(
      await screen.findByText(/Could not load the team interactions/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByTestId('team-interaction-graph'),
    ).toBeInTheDocument();
  });
});
