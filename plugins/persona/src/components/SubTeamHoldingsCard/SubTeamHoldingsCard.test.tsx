import { SubTeamHolding } from '@platform-personas/backstage-plugin-persona-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  applicationDeveloperPersona,
  meta,
  platformTeamPersona,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { ViewTitlesProvider } from '../ViewTitles';
import { SubTeamHoldingsCard } from './SubTeamHoldingsCard';

const held = (persona = platformTeamPersona) => ({
  persona,
  sources: [{ type: 'direct' as const }],
  components: { builds: [], enables: [], consumes: [] },
});

const teamA: SubTeamHolding = {
  group: 'group:default/team-a',
  levels: 1,
  personas: [held()],
};
const teamB: SubTeamHolding = {
  group: 'group:default/team-b',
  levels: 2,
  personas: [held(applicationDeveloperPersona)],
};

describe('SubTeamHoldingsCard', () => {
  it('loads the sub-teams the view cut short, named by their page titles', async () => {
    const api = mockPersonaApi({
      getViewList: jest.fn().mockResolvedValue({
        items: [teamB],
        total: 2,
        offset: 1,
        limit: 50,
        list: '/subTeams',
        titles: { 'group:default/team-b': 'Team B' },
        meta,
      }),
    });
    await renderWithPersonaApi(
      <ViewTitlesProvider titles={{ 'group:default/team-a': 'Team A' }}>
        <SubTeamHoldingsCard
          entityRef="group:default/platform-team"
          subTeams={[teamA]}
          page={{ total: 2, list: '/subTeams' }}
        />
      </ViewTitlesProvider>,
      { api },
    );

    expect(screen.getByText('Team A')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show 1 more (1 of 2 loaded)' }),
    );

    expect(await screen.findByText('Team B')).toBeInTheDocument();
    expect(
      screen.getByText('Application owners and developers'),
    ).toBeInTheDocument();
    // the view's own titles still name what it carried
    expect(screen.getByText('Team A')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /more \(/ })).toBeNull();
    expect(api.getViewList).toHaveBeenCalledWith(
      'group:default/platform-team',
      // their components are not shown: only their totals are asked for
      { list: '/subTeams', offset: 1, limit: 50, subTeamLimit: 0 },
    );
  });
});
