import { PersonaViewListResponse } from '@platform-personas/backstage-plugin-persona-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  meta,
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaModesCard } from './EntityPersonaModesCard';

// material-table and a click or two: slow on a loaded machine
jest.setTimeout(20_000);

const list = '/components/builds';

/** The persona's view with its builds cut to the first of 1,234. */
const cutView = {
  ...platformTeamPersonaView,
  components: {
    ...platformTeamPersonaView.components,
    builds: platformTeamPersonaView.components.builds.slice(0, 1),
  },
  componentPages: { builds: { total: 1234, list } },
};

const nextPage: PersonaViewListResponse = {
  items: [platformTeamPersonaView.components.builds[1]],
  total: 1234,
  offset: 1,
  limit: 50,
  list,
  titles: {},
  meta,
};

async function renderCut(getViewList: jest.Mock) {
  const api = mockPersonaApi({
    getView: jest.fn().mockResolvedValue(cutView),
    getViewList,
  });
  await renderWithPersonaApi(<EntityPersonaModesCard />, {
    api,
    entity: platformTeamPersonaEntity,
  });
  return api;
}

describe('EntityPersonaModesCard with a cut list', () => {
  it('counts the whole list and adds the next page on "Show more"', async () => {
    const getViewList = jest.fn().mockResolvedValue(nextPage);
    const api = await renderCut(getViewList);

    expect(await screen.findByText('Builds (1234)')).toBeInTheDocument();
    expect(screen.queryByText('anthos-legacy-dc')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show 50 more (1 of 1,234 loaded)' }),
    );

    expect(await screen.findByText(/anthos-legacy-dc/)).toBeInTheDocument();
    expect(
      screen.getByText('Anthos production cluster (EU)'),
    ).toBeInTheDocument();
    expect(api.getViewList).toHaveBeenCalledWith(
      'persona:default/anthos-platform-team',
      { list, offset: 1, limit: 50 },
    );
    // the next click asks after the two there are now
    await userEvent.click(
      screen.getByRole('button', { name: 'Show 50 more (2 of 1,234 loaded)' }),
    );
    await waitFor(() =>
      expect(api.getViewList).toHaveBeenLastCalledWith(
        'persona:default/anthos-platform-team',
        { list, offset: 2, limit: 50 },
      ),
    );
  });

  it('says why a page failed in a line, keeps the table, and retries', async () => {
    const getViewList = jest
      .fn()
      .mockRejectedValueOnce(new Error('Service Unavailable'))
      .mockResolvedValueOnce(nextPage);
    await renderCut(getViewList);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Show 50 more (1 of 1,234 loaded)',
      }),
    );

    expect(
      await screen.findByText('Could not load more: Service Unavailable'),
    ).toBeInTheDocument();
    expect(screen.getByText('Builds (1234)')).toBeInTheDocument();
    expect(
      screen.getByText('Anthos production cluster (EU)'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/anthos-legacy-dc/)).toBeInTheDocument();
    expect(screen.queryByText(/Could not load more/)).not.toBeInTheDocument();
  });

  it('shows no button when the whole list is there', async () => {
    await renderCut(jest.fn());
    expect(await screen.findByText('Builds (1234)')).toBeInTheDocument();
    // enables came whole
    expect(screen.getByText('Enables (1)')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /more \(/ })).toHaveLength(1);
  });
});
