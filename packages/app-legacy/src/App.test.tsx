import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import App from './App';

const backendBaseUrl = 'http://localhost:7007';
// Pages load lazily, which takes a while on a busy machine
const slowly = { timeout: 15_000 };

/** A guest session as the auth backend's guest provider answers it. */
const guestSession = {
  profile: { displayName: 'Guest' },
  backstageIdentity: {
    // header.payload.signature of a token that expires in 2100
    token: `e30.${btoa(
      JSON.stringify({ sub: 'user:development/guest', exp: 4102444800 }),
    )}.sig`,
    identity: {
      type: 'user',
      userEntityRef: 'user:development/guest',
      ownershipEntityRefs: ['user:development/guest'],
    },
  },
};

const emptyPage = { items: [], total: 0, offset: 0, limit: 50 };
const emptyCoverage = {
  personas: [],
  teams: emptyPage,
  personasWithoutHolder: emptyPage,
  uncoveredComponents: emptyPage,
  groupsWithoutPersona: emptyPage,
  meta: {
    indexVersion: '0123456789abcdef0123456789abcdef',
    indexBuiltAt: '2025-01-01T00:00:00.000Z',
    indexEntityCount: 0,
    indexBuildMillis: 1,
  },
};

/** A Persona as the persona collator indexes it, found by "IAM". */
const personaSearchResult = {
  type: 'persona',
  rank: 1,
  document: {
    title: 'Platform team',
    text: 'Builds and manages the life cycle of the Anthos platform.',
    location: '/catalog/default/persona/anthos-platform-team',
    entityRef: 'persona:default/anthos-platform-team',
    framework: 'anthos',
    personaType: 'builder',
    responsibilities: [
      { title: 'Build and manage the life cycle of the Anthos platform' },
      { title: 'IAM and security' },
    ],
    holders: [{ ref: 'group:default/platform-team', title: 'Platform Team' }],
  },
};

describe('App', () => {
  const server = setupServer(
    rest.get(`${backendBaseUrl}/api/auth/guest/refresh`, (_, res, ctx) =>
      res(ctx.json(guestSession)),
    ),
    // An empty catalog, enough for the catalog index page
    rest.get(`${backendBaseUrl}/api/catalog/entities`, (_, res, ctx) =>
      res(ctx.json([])),
    ),
    rest.get(`${backendBaseUrl}/api/catalog/entities/by-query`, (_, res, ctx) =>
      res(ctx.json({ items: [], totalItems: 0, pageInfo: {} })),
    ),
    rest.get(`${backendBaseUrl}/api/catalog/entity-facets`, (req, res, ctx) =>
      res(
        ctx.json({
          facets: Object.fromEntries(
            req.url.searchParams.getAll('facet').map(facet => [facet, []]),
          ),
        }),
      ),
    ),
    rest.get(`${backendBaseUrl}/api/persona/v1/coverage`, (_, res, ctx) =>
      res(ctx.json(emptyCoverage)),
    ),
    rest.get(`${backendBaseUrl}/api/search/query`, (req, res, ctx) =>
      res(
        ctx.json(
          req.url.searchParams.get('term') === 'IAM'
            ? { results: [personaSearchResult], numberOfResults: 1 }
            : { results: [], numberOfResults: 0 },
        ),
      ),
    ),
  );
  registerMswTestHooks(server);

  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: {
              title: 'Platform Personas (legacy)',
              baseUrl: 'http://localhost:3001',
            },
            backend: { baseUrl: backendBaseUrl },
            organization: { name: 'ACME' },
          },
          context: 'test',
        },
      ] as any,
    };
  });

  it('renders the guest sign-in page of the portal', async () => {
    render(<App />);

    expect(
      await screen.findByText('Guest', undefined, slowly),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enter' })).toBeInTheDocument();
    expect(screen.getByText('Platform Personas (legacy)')).toBeInTheDocument();
  }, 60_000);

  it('signs in as guest and shows the catalog with the Personas sidebar item', async () => {
    render(<App />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Enter' }, slowly),
    );

    expect(
      await screen.findByText('ACME Catalog', undefined, slowly),
    ).toBeInTheDocument();
    const personasLink = await screen.findByRole(
      'link',
      { name: 'Personas' },
      slowly,
    );
    expect(personasLink).toHaveAttribute('href', '/personas');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Enter' })).toBeNull(),
    );
  }, 60_000);

  it('routes the Personas sidebar item to the Personas explorer', async () => {
    render(<App />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Enter' }, slowly),
    );

    await userEvent.click(
      await screen.findByRole('link', { name: 'Personas' }, slowly),
    );

    expect(
      await screen.findByText(
        'Who builds, enables and consumes the platform, and where nobody does',
        undefined,
        slowly,
      ),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/personas');
  }, 60_000);

  it('serves the search page at /search, with Persona results', async () => {
    window.history.replaceState(null, '', '/search?query=IAM');
    render(<App />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Enter' }, slowly),
    );

    const title = await screen.findByRole(
      'link',
      { name: 'Platform team' },
      slowly,
    );
    expect(title).toHaveAttribute(
      'href',
      '/catalog/default/persona/anthos-platform-team',
    );
    expect(screen.getByText('Matching responsibilities')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Platform Team' })).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-team',
    );
    expect(
      screen.getByRole('button', { name: /^Personas/ }),
    ).toBeInTheDocument();
    // the sidebar opens the search modal
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
  }, 60_000);
});
