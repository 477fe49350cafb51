import { screen } from '@testing-library/react';
import {
  anthosProdEuEntity,
  anthosProdEuView,
  meta,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaComponentsCard } from './EntityPersonaComponentsCard';

describe('EntityPersonaComponentsCard', () => {
  it('shows progress inside the card while loading', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard />, {
      api,
      entity: anthosProdEuEntity,
    });
    expect(screen.getByText('Personas')).toBeInTheDocument();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows who builds and consumes the cluster, through which persona and holder', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(anthosProdEuView),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard />, {
      api,
      entity: anthosProdEuEntity,
    });

    expect(await screen.findByText('Built by')).toBeInTheDocument();
    expect(screen.getByText('Consumed by')).toBeInTheDocument();
    expect(screen.queryByText('Enabled by')).not.toBeInTheDocument();
    expect(screen.getByText('Platform team').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/persona/anthos-platform-team',
    );
    expect(
      screen.getByText('Application owners and developers'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /platform-admins/ }),
    ).toHaveAttribute('href', '/catalog/default/group/platform-admins');
    expect(api.getView).toHaveBeenCalledWith(
      'resource:default/anthos-prod-eu',
      {
        limit: 50,
        subTeamLimit: 0,
      },
    );
  });

  it('explains how to attach personas when none applies', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        type: 'component',
        entityRef: 'resource:default/anthos-prod-eu',
        modes: { builds: [], enables: [], consumes: [] },
        meta,
      }),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard />, {
      api,
      entity: anthosProdEuEntity,
    });

    expect(
      await screen.findByText(
        'No persona builds, enables or consumes anthos-prod-eu',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Personas are catalog entities of kind/),
    ).toBeInTheDocument();
  });

  it('keeps a failure inside the card', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Service Unavailable')),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard title="Roles" />, {
      api,
      entity: anthosProdEuEntity,
    });

    expect(
      await screen.findByText(
        // the entity's name, as it has no title — not its ref
        /Could not load the personas of anthos-prod-eu/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Roles')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
