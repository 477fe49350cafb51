import { screen } from '@testing-library/react';
import { personaCardCases } from '../../__testUtils__/personaCardCases';
import { EntityPersonaResponsibilitiesCard } from './EntityPersonaResponsibilitiesCard';

describe('EntityPersonaResponsibilitiesCard', () => {
  const renderCard = personaCardCases(<EntityPersonaResponsibilitiesCard />, {
    title: 'Responsibilities',
    whenEmpty: ['This persona lists no responsibilities yet.'],
  });

  it('lists each responsibility with its description', async () => {
    await renderCard();
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
});
