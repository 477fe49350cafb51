import { identityApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  HeldPersona,
  PersonaComponent,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PersonaApi, personaApiRef } from '../../api';
import {
  applicationDeveloperPersona,
  meta,
  platformTeamPersona,
} from '../../__testUtils__/fixtures';
import { mockPersonaApi } from '../../__testUtils__/renderWithPersonaApi';
import { rootRouteRef } from '../../routes';
import { HomePageMyResponsibilitiesContent } from './HomePageMyResponsibilitiesCard';

const GUEST = 'user:default/guest';

const component = (
  ref: string,
  title?: string,
  missing = false,
): PersonaComponent => ({
  ref,
  title,
  missing,
  via: ['ref'],
  owners: ['group:default/payments-team'],
});
const paymentsService = component('component:default/payments', 'Payments');
const checkoutWeb = component('component:default/checkout-web', 'Checkout');
const clusters = component('resource:default/anthos-prod-eu', 'Anthos EU');
const gone = component('component:default/retired-pipeline', undefined, true);

/** The guest, as in examples/: payments-team inherits from application-teams. */
const developer: HeldPersona = {
  persona: {
    ...applicationDeveloperPersona,
    responsibilities: [
      { id: 'a', title: 'Develop and deliver applications' },
      { id: 'b', title: 'Own the roadmap and source code' },
      { id: 'c', title: 'Build, test and release' },
      { id: 'd', title: 'Answer incidents' },
      { id: 'e', title: 'Fix performance regressions' },
    ],
  },
  sources: [
    {
      type: 'membership',
      group: 'group:default/payments-team',
      from: 'group:default/application-teams',
      levels: 1,
    },
  ],
  components: {
    builds: [paymentsService, checkoutWeb],
    enables: [],
    consumes: [clusters, gone],
  },
};
const platform: HeldPersona = {
  persona: platformTeamPersona,
  sources: [{ type: 'direct' }],
  components: { builds: [checkoutWeb], enables: [clusters], consumes: [] },
};

const guestView: PersonaViewResponse = {
  type: 'holder',
  entityRef: GUEST,
  personas: [developer, platform],
  titles: {
    'group:default/payments-team': 'Payments Team',
    'group:default/application-teams': 'Application Teams',
  },
  meta,
};

const facts = (entityRef: string, hasEnabler: boolean) => ({
  entityRef,
  hasEnabler,
  hasBuilder: true,
  hasConsumer: false,
  builderHolderCount: 1,
  onlyInherited: false,
});

function render(api: PersonaApi, userEntityRef = GUEST) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [personaApiRef, api],
        [identityApiRef, mockApis.identity({ userEntityRef })],
      ]}
    >
      <HomePageMyResponsibilitiesContent />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/personas': rootRouteRef,
      },
    },
  );
}

function attention() {
  return screen.getByRole('region', { name: 'Needs attention' });
}

describe('HomePageMyResponsibilitiesContent', () => {
  it('shows each persona the signed-in user holds, how, and its components per mode', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(guestView),
      getComponentFacts: jest.fn().mockResolvedValue({ items: [], meta }),
    });
    await render(api);

    expect(api.getView).toHaveBeenCalledWith(GUEST, {
      limit: 50,
      subTeamLimit: 0,
    });
    const items = await screen.findAllByTestId('my-persona');
    expect(items).toHaveLength(2);
    expect(screen.getByText('You hold 2 personas.')).toBeInTheDocument();

    const first = within(items[0]);
    expect(
      first.getByRole('link', { name: 'Application owners and developers' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/persona/anthos-application-developer',
    );
    expect(items[0]).toHaveTextContent(
      'Through membership of Payments Team, which inherits it from Application Teams (parent group)',
    );
    // three responsibilities, then how many more
    expect(first.getByText('Develop and deliver applications')).toBeVisible();
    expect(first.getByText('Build, test and release')).toBeVisible();
    expect(first.queryByText('Answer incidents')).not.toBeInTheDocument();
    expect(first.getByText('+2 more')).toBeInTheDocument();
    // counts per mode, each a link to the user's Personas tab
    expect(first.getByRole('link', { name: 'Builds (2)' })).toHaveAttribute(
      'href',
      '/catalog/default/user/guest/personas',
    );
    expect(first.getByRole('link', { name: 'Consumes (2)' })).toBeVisible();
    expect(first.queryByText(/Enables/)).not.toBeInTheDocument();

    const second = within(items[1]);
    expect(second.getByText('Held directly')).toBeInTheDocument();
    expect(second.getByRole('link', { name: 'Builds (1)' })).toBeVisible();
    expect(second.getByRole('link', { name: 'Enables (1)' })).toBeVisible();

    expect(
      screen.getByRole('link', { name: 'All of it on your profile' }),
    ).toHaveAttribute('href', '/catalog/default/user/guest/personas');
    expect(
      screen.getByRole('link', { name: 'Personas of the whole organisation' }),
    ).toHaveAttribute('href', '/personas');
  });

  it('flags what it builds without an enabler and refs to nothing', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(guestView),
      getComponentFacts: jest.fn().mockResolvedValue({
        items: [
          facts('component:default/payments', false),
          facts('component:default/checkout-web', true),
        ],
        meta,
      }),
    });
    await render(api);

    expect(
      await screen.findByText(/you build it, but no persona enables it/),
    ).toBeInTheDocument();
    // asked once for what the user builds, each ref once, no missing ref
    expect(api.getComponentFacts).toHaveBeenCalledTimes(1);
    expect(api.getComponentFacts).toHaveBeenCalledWith([
      'component:default/checkout-web',
      'component:default/payments',
    ]);
    const items = within(attention()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'Payments: you build it, but no persona enables it',
    );
    expect(
      within(items[0]).getByRole('link', { name: 'Payments' }),
    ).toHaveAttribute('href', '/catalog/default/component/payments');
    expect(items[1]).toHaveTextContent(
      'Application owners and developers names component:default/retired-pipeline, which is not in the catalog',
    );
    expect(screen.queryByText(/Checkout: you build/)).not.toBeInTheDocument();
  });

  it('still shows the rest, with a note, when the facts request fails', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(guestView),
      getComponentFacts: jest
        .fn()
        .mockRejectedValue(new Error('Request failed with 404 Not Found')),
    });
    await render(api);

    expect(
      await screen.findByText(
        'Could not check which of your components lack an enabler (Request failed with 404 Not Found).',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('my-persona')).toHaveLength(2);
    expect(within(attention()).getByText(/retired-pipeline/)).toBeVisible();
    expect(screen.queryByText(/no persona enables it/)).not.toBeInTheDocument();
  });

  it('does not ask for facts when the user builds nothing', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        ...guestView,
        personas: [
          {
            ...platform,
            components: { builds: [], enables: [clusters], consumes: [] },
          },
        ],
      }),
      getComponentFacts: jest.fn(),
    });
    await render(api);

    expect(await screen.findByText('You hold 1 persona.')).toBeInTheDocument();
    expect(screen.getByText('Nothing needs attention.')).toBeInTheDocument();
    expect(api.getComponentFacts).not.toHaveBeenCalled();
  });

  it('tells a user who holds nothing where the personas are', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({ ...guestView, personas: [] }),
      getComponentFacts: jest.fn(),
    });
    await render(api);

    expect(
      await screen.findByText('You hold no persona yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Personas of the whole organisation' }),
    ).toHaveAttribute('href', '/personas');
    expect(api.getComponentFacts).not.toHaveBeenCalled();
  });

  it('tells a user without a User entity that they are not in the catalog', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No entity named it' },
        }),
        { status: 404, statusText: 'Not Found' },
      ) as any,
    );
    const api = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(notFound),
    });
    await render(api, 'user:default/nobody');

    expect(
      await screen.findByText('You are not in the catalog'),
    ).toBeInTheDocument();
    expect(screen.getByText(/user:default\/nobody/)).toBeInTheDocument();
  });

  it('shows the error, with a retry, when the view cannot be loaded', async () => {
    const api = mockPersonaApi({
      getView: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValue(guestView),
      getComponentFacts: jest.fn().mockResolvedValue({ items: [], meta }),
    });
    await render(api);

    expect(
      await screen.findByText(/Could not load your personas/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Service Unavailable/)[0]).toBeInTheDocument();
    expect(screen.queryByTestId('my-persona')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByTestId('my-persona')).toHaveLength(2);
  });
});
