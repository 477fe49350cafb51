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
import { EntityPersonaHoldersCard } from './EntityPersonaHoldersCard';

describe('EntityPersonaHoldersCard', () => {
  it('shows progress while loading', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaHoldersCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('lists holders with member counts and marks missing ones', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaHoldersCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });

    const holder = await screen.findByRole('link', { name: /platform-team/ });
    expect(holder).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-team',
    );
    expect(within(holder.closest('tr')!).getByText('5')).toBeInTheDocument();
    const ghosts = screen
      .getByText(/group:default\/platform-ghosts/)
      .closest('tr')!;
    expect(within(ghosts).getByText('missing')).toBeInTheDocument();
  });

  it('explains how to add holders when there are none', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(barePersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaHoldersCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText('Nobody holds this persona yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/spec.holders/)).toBeInTheDocument();
  });

  it('keeps a failure inside the card', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Failed to fetch')),
    });
    await renderWithPersonaApi(<EntityPersonaHoldersCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText(/Could not load the personas/),
    ).toBeInTheDocument();
    expect(screen.getByText('Holders')).toBeInTheDocument();
  });
});
