import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  applicationDeveloperPersona,
  meta,
  platformEnablerPersona,
  platformTeamPersona,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { ComponentRolesTable } from './ComponentRolesTable';

// material-table and a click: slow on a loaded machine
jest.setTimeout(20_000);

const role = (persona: typeof platformTeamPersona, holder: string) => ({
  persona,
  via: ['ref' as const],
  holders: [holder],
});

describe('ComponentRolesTable', () => {
  it('adds the next page of personas that the view cut short', async () => {
    const list = '/modes/consumes';
    const getViewList = jest.fn().mockResolvedValue({
      items: [role(platformEnablerPersona, 'group:default/enablers')],
      total: 3,
      offset: 2,
      limit: 50,
      list,
      titles: { 'group:default/enablers': 'Enabling team' },
      meta,
    });
    await renderWithPersonaApi(
      <ComponentRolesTable
        title="Consumed by"
        entityRef="resource:default/anthos-prod-eu"
        roles={[
          role(platformTeamPersona, 'group:default/platform-admins'),
          role(applicationDeveloperPersona, 'group:default/app-team'),
        ]}
        page={{ total: 3, list }}
      />,
      { api: mockPersonaApi({ getViewList }) },
    );
    expect(screen.getAllByRole('row')).toHaveLength(3); // head and 2 personas

    await userEvent.click(
      screen.getByRole('button', { name: 'Show 1 more (2 of 3 loaded)' }),
    );

    const row = (await screen.findByText('Enabling team')).closest('tr')!;
    expect(
      within(row).getByRole('link', { name: platformEnablerPersona.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show .* more/ })).toBeNull();
    expect(getViewList).toHaveBeenCalledWith(
      'resource:default/anthos-prod-eu',
      { list, offset: 2, limit: 50 },
    );
  });
});
