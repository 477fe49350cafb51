import { screen, within } from '@testing-library/react';
import { personaCardCases } from '../../__testUtils__/personaCardCases';
import { EntityPersonaModesCard } from './EntityPersonaModesCard';

describe('EntityPersonaModesCard', () => {
  const renderCard = personaCardCases(<EntityPersonaModesCard />, {
    title: 'Components',
    whenEmpty: ['This persona names no components'],
  });

  it('groups components by mode with the holders they apply to', async () => {
    await renderCard();

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
});
