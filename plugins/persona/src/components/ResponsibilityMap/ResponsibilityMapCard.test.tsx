import {
  HolderPersonaView,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
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
import { ResponsibilityMapCard } from './ResponsibilityMapCard';

// material-table and a click or two: slow on a loaded machine
jest.setTimeout(20_000);

const component = (name: string, title: string) => ({
  ref: `resource:default/${name}`,
  missing: false,
  via: ['ref' as const],
  title,
  owners: [`group:default/owners-of-${name}`],
});

const list = '/personas/0/components/builds';

/** Builds cut to 1 of 2 for one persona; the other's enables came whole. */
const view: HolderPersonaView = {
  type: 'holder',
  entityRef: 'group:default/platform-admins',
  personas: [
    {
      persona: platformTeamPersona,
      sources: [{ type: 'direct' }],
      components: {
        builds: [component('cluster-a', 'Cluster A')],
        enables: [],
        consumes: [],
      },
      componentPages: { builds: { total: 2, list } },
    },
    {
      persona: applicationDeveloperPersona,
      sources: [{ type: 'direct' }],
      components: {
        builds: [],
        enables: [component('portal', 'Portal')],
        consumes: [],
      },
    },
  ],
};

async function renderMap(getViewList: jest.Mock) {
  const api = mockPersonaApi({ getViewList });
  await renderWithPersonaApi(
    <ResponsibilityMapCard
      view={view}
      name="Platform admins"
      includeSubTeams={false}
      onIncludeSubTeamsChange={() => {}}
    />,
    { api },
  );
  return api;
}

describe('ResponsibilityMapCard with a cut list', () => {
  it('counts what it cannot know yet as "at least", and loads the rest into the map', async () => {
    const api = await renderMap(
      jest.fn().mockResolvedValue({
        items: [component('cluster-b', 'Cluster B')],
        total: 2,
        offset: 1,
        limit: 50,
        list,
        titles: { 'group:default/owners-of-cluster-b': 'Cluster B owners' },
        meta,
      }),
    );

    const counts = screen.getByTestId('responsibility-map-counts');
    // one list makes the builds: its total is exact
    expect(within(counts).getByText('Builds: 2')).toBeInTheDocument();
    expect(within(counts).getByText('Enables: 1')).toBeInTheDocument();
    // the cut list may share components with the other: at least 2
    expect(within(counts).getByText('2+ components')).toBeInTheDocument();
    expect(screen.getAllByTestId('responsibility-map-row')).toHaveLength(2);
    const more = screen.getByTestId('responsibility-map-more');
    // the count of what is loaded is said once, by the button
    expect(within(more).getByText(/Builds of/)).toHaveTextContent(
      /^Builds of Platform team$/,
    );

    await userEvent.click(
      within(more).getByRole('button', { name: 'Show 1 more (1 of 2 loaded)' }),
    );

    expect(await screen.findByText('Cluster B')).toBeInTheDocument();
    expect(screen.getByText('Cluster B owners')).toBeInTheDocument();
    expect(screen.getAllByTestId('responsibility-map-row')).toHaveLength(3);
    expect(within(counts).getByText('3 components')).toBeInTheDocument();
    expect(screen.queryByTestId('responsibility-map-more')).toBeNull();
    expect(api.getViewList).toHaveBeenCalledWith(
      'group:default/platform-admins',
      { list, offset: 1, limit: 50 },
    );
  });

  it('keeps the map when a page fails, with the reason in a line', async () => {
    await renderMap(jest.fn().mockRejectedValue(new Error('Bad Gateway')));

    await userEvent.click(
      screen.getByRole('button', { name: 'Show 1 more (1 of 2 loaded)' }),
    );

    expect(
      await screen.findByText('Could not load more: Bad Gateway'),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('responsibility-map-row')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

/** A group holding nothing itself, whose sub-team's components come on demand. */
const groupView: HolderPersonaView = {
  type: 'holder',
  entityRef: 'group:default/platform',
  personas: [],
  subTeams: [
    {
      group: 'group:default/platform-admins',
      levels: 1,
      personas: [
        {
          persona: platformTeamPersona,
          sources: [{ type: 'direct' }],
          components: { builds: [], enables: [], consumes: [] },
          componentPages: {
            builds: {
              total: 1,
              list: '/subTeams/0/personas/0/components/builds',
            },
          },
        },
      ],
    },
  ],
};

/** The sub-team of `groupView` as the answer with its components has it. */
function subTeamBuilding(
  built: ReturnType<typeof component>,
): HolderPersonaView['subTeams'] {
  const [sub] = groupView.subTeams!;
  return [
    {
      ...sub,
      personas: [
        {
          ...sub.personas[0],
          components: { builds: [built], enables: [], consumes: [] },
          componentPages: undefined,
        },
      ],
    },
  ];
}

async function renderGroupMap(getView: jest.Mock) {
  const api = mockPersonaApi({ getView });
  await renderWithPersonaApi(
    <ResponsibilityMapCard
      view={groupView}
      name="Platform"
      includeSubTeams
      onIncludeSubTeamsChange={() => {}}
    />,
    { api },
  );
  return api;
}

describe('ResponsibilityMapCard with sub-teams included', () => {
  it("asks for the sub-teams' components, which the first answer leaves out", async () => {
    const withComponents = {
      ...groupView,
      subTeams: subTeamBuilding(component('cluster-a', 'Cluster A')),
      titles: {
        'group:default/platform-admins': 'Platform admins',
        'group:default/owners-of-cluster-a': 'Cluster A owners',
      },
      meta,
    };
    const api = await renderGroupMap(
      jest.fn().mockResolvedValue(withComponents),
    );

    expect(await screen.findByText('Cluster A')).toBeInTheDocument();
    // its owners are named with the titles that answer brought
    expect(screen.getByText('Cluster A owners')).toBeInTheDocument();
    expect(screen.getAllByTestId('responsibility-map-row')).toHaveLength(1);
    const counts = screen.getByTestId('responsibility-map-counts');
    expect(within(counts).getByText('Builds: 1')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Include sub-teams' }),
    ).toBeChecked();
    expect(api.getView).toHaveBeenCalledWith('group:default/platform', {
      limit: 50,
      subTeamLimit: 50,
    });
  });

  it('says so in the card when they cannot be loaded, and asks again on retry', async () => {
    const getView = jest.fn().mockRejectedValue(new Error('Bad Gateway'));
    await renderGroupMap(getView);

    expect(
      await screen.findByText(/Could not load what the sub-teams hold/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Include sub-teams' }),
    ).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(getView).toHaveBeenCalledTimes(2));
  });
});

/** A group with a cut list of its own and a sub-team, the switch in its hands. */
const groupWithOwnList: HolderPersonaView = {
  ...view,
  entityRef: 'group:default/platform',
  subTeams: groupView.subTeams,
};

function SwitchableMap() {
  const [include, setInclude] = useState(false);
  return (
    <ResponsibilityMapCard
      view={groupWithOwnList}
      name="Platform"
      includeSubTeams={include}
      onIncludeSubTeamsChange={setInclude}
    />
  );
}

describe('ResponsibilityMapCard when the switch is turned', () => {
  it('keeps the pages loaded and asks for the sub-teams once, however often it is turned', async () => {
    const withComponents = {
      ...groupWithOwnList,
      subTeams: subTeamBuilding(component('cluster-c', 'Cluster C')),
      meta,
    };
    let answerSubTeams: (value: PersonaViewResponse) => void = () => {};
    const getView = jest.fn(
      () =>
        new Promise<PersonaViewResponse>(resolve => (answerSubTeams = resolve)),
    );
    const api = mockPersonaApi({
      getView,
      getViewList: jest.fn().mockResolvedValue({
        items: [component('cluster-b', 'Cluster B')],
        total: 2,
        offset: 1,
        limit: 50,
        list,
        titles: {},
        meta,
      }),
    });
    await renderWithPersonaApi(<SwitchableMap />, { api });
    await userEvent.click(
      screen.getByRole('button', { name: 'Show 1 more (1 of 2 loaded)' }),
    );
    expect(await screen.findByText('Cluster B')).toBeInTheDocument();
    const includeSwitch = screen.getByRole('checkbox', {
      name: 'Include sub-teams',
    });

    await userEvent.click(includeSwitch);
    // while the sub-teams come, the map stays with what it has
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('Cluster B')).toBeInTheDocument();
    answerSubTeams(withComponents);
    expect(await screen.findByText('Cluster C')).toBeInTheDocument();
    expect(screen.getByText('Cluster B')).toBeInTheDocument();
    expect(screen.getAllByTestId('responsibility-map-row')).toHaveLength(4);

    await userEvent.click(includeSwitch);
    expect(screen.queryByText('Cluster C')).toBeNull();
    expect(screen.getAllByTestId('responsibility-map-row')).toHaveLength(3);
    await userEvent.click(includeSwitch);
    expect(screen.getByText('Cluster C')).toBeInTheDocument();
    expect(screen.getByText('Cluster B')).toBeInTheDocument();
    expect(getView).toHaveBeenCalledTimes(1);
    expect(api.getViewList).toHaveBeenCalledTimes(1);
  });
});
