import { screen } from '@testing-library/react';
import { personaCardCases } from '../../__testUtils__/personaCardCases';
import { EntityPersonaAboutCard } from './EntityPersonaAboutCard';

describe('EntityPersonaAboutCard', () => {
  const renderCard = personaCardCases(
    <EntityPersonaAboutCard title="Persona" />,
    { title: 'Persona' },
  );

  it('shows type, framework, owner, interaction, channels and tools', async () => {
    const { api } = await renderCard();

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
      { limit: 50, subTeamLimit: 0 },
    );
  });
});
