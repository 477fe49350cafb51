import { screen } from '@testing-library/react';
import {
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaAboutCard } from './EntityPersonaAboutCard';

describe('EntityPersonaAboutCard', () => {
  it('shows progress while loading', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaAboutCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows type, framework, owner, interaction, channels and tools', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    await renderWithPersonaApi(<EntityPersonaAboutCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });

    expect(
      await screen.findByText(
        'Builds and manages the life cycle of the Anthos platform.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('builder')).toBeInTheDocument();
    expect(screen.getByText('anthos')).toBeInTheDocument();
    expect(screen.getByText('direct')).toBeInTheDocument();
    expect(screen.getByText('google-cloud-ui')).toBeInTheDocument();
    expect(screen.getByText('helm')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /ci-cd-pipelines/ }),
    ).toHaveAttribute('href', '/catalog/default/component/ci-cd-pipelines');
    expect(screen.getByRole('link', { name: /platform-team/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-team',
    );
    expect(api.getView).toHaveBeenCalledWith(
      'persona:default/anthos-platform-team',
    );
  });

  it('keeps a failure inside the card', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Failed to fetch')),
    });
    await renderWithPersonaApi(<EntityPersonaAboutCard title="Persona" />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(
      await screen.findByText(/Could not load the personas/),
    ).toBeInTheDocument();
    expect(screen.getByText('Persona')).toBeInTheDocument();
  });
});
