import { screen } from '@testing-library/react';
import {
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaAboutCard } from '../EntityPersonaAboutCard';
import { EntityPersonaHoldersCard } from '../EntityPersonaHoldersCard';
import { EntityPersonaModesCard } from '../EntityPersonaModesCard';
import { EntityPersonaResponsibilitiesCard } from '../EntityPersonaResponsibilitiesCard';

describe('the Persona page cards', () => {
  it('share one view request', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    await renderWithPersonaApi(
      <>
        <EntityPersonaAboutCard />
        <EntityPersonaResponsibilitiesCard />
        <EntityPersonaHoldersCard />
        <EntityPersonaModesCard />
      </>,
      { api, entity: platformTeamPersonaEntity },
    );

    expect(await screen.findByText('Builds (2)')).toBeInTheDocument();
    expect(screen.getByText('builder')).toBeInTheDocument();
    expect(api.getView).toHaveBeenCalledTimes(1);
  });

  it('share an answer with a card that mounts after it arrived', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    const first = await renderWithPersonaApi(<EntityPersonaAboutCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(await screen.findByText('builder')).toBeInTheDocument();
    first.unmount();

    await renderWithPersonaApi(<EntityPersonaHoldersCard />, {
      api,
      entity: platformTeamPersonaEntity,
    });
    expect(await screen.findByText('5')).toBeInTheDocument();
    expect(api.getView).toHaveBeenCalledTimes(1);
  });
});
