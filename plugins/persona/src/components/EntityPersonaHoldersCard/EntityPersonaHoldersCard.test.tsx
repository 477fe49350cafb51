import { screen, within } from '@testing-library/react';
import { personaCardCases } from '../../__testUtils__/personaCardCases';
import { EntityPersonaHoldersCard } from './EntityPersonaHoldersCard';

describe('EntityPersonaHoldersCard', () => {
  const renderCard = personaCardCases(<EntityPersonaHoldersCard />, {
    title: 'Holders',
    whenEmpty: ['Nobody holds this persona yet', /spec.holders/],
  });

  it('lists holders with member counts and marks missing ones', async () => {
    await renderCard();

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
});
