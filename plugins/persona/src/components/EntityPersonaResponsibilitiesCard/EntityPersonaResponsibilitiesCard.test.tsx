import { screen } from '@testing-library/react';
import {
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from '../../__testUtils__/fixtures';
import { barePersonaView } from '../../__testUtils__/personaPageData';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaResponsibilitiesCard } from './EntityPersonaResponsibilitiesCard';

describe('EntityPersonaResponsibilitiesCard', () => {
  it('shows progress while loading', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaResponsibilitiesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('lists each responsibility with its description', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaResponsibilitiesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText(
        'Continuously implement the capabilities of the Anthos platform',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'So that it is ready for use by the application owners.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when there are none', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(barePersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaResponsibilitiesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText('This persona lists no responsibilities yet.'),
    ).toBeInTheDocument();
  });

  it('keeps a failure inside the card', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Failed to fetch')),
    });
    await renderWithPersonaApi(<EntityPersonaResponsibilitiesCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText(/Could not load the personas/),
    ).toBeInTheDocument();
    expect(screen.getByText('Responsibilities')).toBeInTheDocument();
  });
});
