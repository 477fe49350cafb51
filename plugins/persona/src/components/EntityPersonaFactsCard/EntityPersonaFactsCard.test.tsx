import { screen } from '@testing-library/react';
import { personaCardCases } from '../../__testUtils__/personaCardCases';
import { EntityPersonaFactsCard } from './EntityPersonaFactsCard';

describe('EntityPersonaFactsCard', () => {
  const renderCard = personaCardCases(<EntityPersonaFactsCard />, {
    title: 'Persona',
  });

  it('shows what the catalog About card does not: framework, interaction, channels and tools', async () => {
    await renderCard();

    expect(await screen.findByText('anthos')).toBeInTheDocument();
    expect(screen.getByText('direct')).toBeInTheDocument();
    expect(screen.getByText('google-cloud-ui')).toBeInTheDocument();
    expect(screen.getByText('helm')).toBeInTheDocument();
    // the description, type and owner are on the catalog's About card
    expect(screen.queryByText('builder')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /platform-team/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText(
        'Builds and manages the life cycle of the Anthos platform.',
      ),
    ).not.toBeInTheDocument();
  });
});
