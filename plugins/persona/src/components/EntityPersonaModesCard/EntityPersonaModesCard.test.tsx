import { screen, within } from '@testing-library/react';
import {
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from '../../__testUtils__/fixtures';
import { barePersonaView } from '../../__testUtils__/personaPageData';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaModesCard } from './EntityPersonaModesCard';

describe('EntityPersonaModesCard', () => {
  it('shows progress while loading', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaModesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('groups components by mode with the holders they apply to', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaModesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });

    expect(await screen.findByText('Builds (2)')).toBeInTheDocument();
    expect(screen.getByText('Enables (1)')).toBeInTheDocument();
    const clusterRow = screen
      .getByText('Anthos production cluster (EU)')
      .closest('tr')!;
    expect(
      within(clusterRow).getAllByRole('link', { name: /platform-admins/ }),
    ).toHaveLength(2);
    expect(within(clusterRow).getByText('Resource')).toBeInTheDocument();
    expect(within(clusterRow).getByText('selector')).toBeInTheDocument();
  });

  it('explains how to add components when there are none', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(barePersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaModesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText('This persona names no components'),
    ).toBeInTheDocument();
  });

  it('keeps a failure inside the card', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Failed to fetch')),
    });
    await renderWithPersonaApi(<EntityPersonaModesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText(/Could not load the personas/),
    ).toBeInTheDocument();
    expect(screen.getByText('Components')).toBeInTheDocument();
  });
});
