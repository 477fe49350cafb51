import {
  createExtensionTester,
  renderInTestApp as renderInNewTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockSearchApi,
  SearchContextProvider,
  SearchResult,
  searchApiRef,
} from '@backstage/plugin-search-react';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import personaPlugin from '../../alpha';
import { PersonaSearchResultListItem as LegacyPersonaSearchResultListItem } from './extension';
import { PersonaSearchResultListItem } from './PersonaSearchResultListItem';
import type { PersonaSearchDocument } from './types';

const platformTeam: PersonaSearchDocument = {
  title: 'Platform team',
  text: 'Builds and manages the life cycle of the Anthos platform itself.',
  location: '/catalog/default/persona/anthos-platform-team',
  entityRef: 'persona:default/anthos-platform-team',
  framework: 'anthos',
  personaType: 'builder',
  responsibilities: [
    { title: 'Build and manage the life cycle of the Anthos platform' },
    {
      title: 'Continuously implement the capabilities of the Anthos platform',
      description: 'So that it is ready for use by the application owners.',
    },
    { title: 'IAM and security' },
    { title: 'Policies management' },
  ],
  holders: [
    { ref: 'group:default/platform-team', title: 'Platform Team' },
    // the collator's title for an untitled or missing holder is its ref
    { ref: 'user:default/jane.doe', title: 'user:default/jane.doe' },
  ],
  builds: ['Anthos prod EU'],
};

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function responsibilities() {
  return screen.getByTestId('persona-search-responsibilities');
}

describe('PersonaSearchResultListItem', () => {
  it('shows the responsibility that matches the search term, the holders and a link to the persona', async () => {
    const searchApi = new MockSearchApi({
      results: [{ type: 'persona', document: platformTeam, rank: 1 }],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[searchApiRef, searchApi]]}>
        <SearchContextProvider
          initialState={{ term: 'iam', types: [], filters: {} }}
        >
          <SearchResult>
            <LegacyPersonaSearchResultListItem />
          </SearchResult>
        </SearchContextProvider>
      </TestApiProvider>,
      { mountedRoutes },
    );

    const title = await screen.findByRole('link', { name: 'Platform team' });
    expect(title).toHaveAttribute(
      'href',
      '/catalog/default/persona/anthos-platform-team',
    );
    expect(
      within(responsibilities()).getByText('Matching responsibilities'),
    ).toBeInTheDocument();
    const items = within(responsibilities()).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual(['IAM and security']);
    // the matching word is marked, whatever its case in the term
    expect(within(items[0]).getByText('IAM').tagName).toBe('MARK');

    const holders = screen.getByTestId('persona-search-holders');
    expect(
      within(holders).getByRole('link', { name: 'Platform Team' }),
    ).toHaveAttribute('href', '/catalog/default/group/platform-team');
    expect(
      within(holders).getByRole('link', { name: /jane\.doe/ }),
    ).toHaveAttribute('href', '/catalog/default/user/jane.doe');
    expect(screen.getByText('Persona')).toBeInTheDocument();
    expect(screen.getByText('Type: builder')).toBeInTheDocument();
    expect(screen.getByText('Framework: anthos')).toBeInTheDocument();
  });

  it('finds the responsibility from the words the search engine highlighted, and descriptions too', async () => {
    await renderInTestApp(
      <PersonaSearchResultListItem
        result={platformTeam}
        highlight={{
          preTag: '<hl>',
          postTag: '</hl>',
          fields: { text: 'Ready for the application <hl>owners</hl>.' },
        }}
      />,
      { mountedRoutes },
    );

    const items = within(responsibilities()).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'Continuously implement the capabilities of the Anthos platform — So that it is ready for use by the application owners.',
    );
    // in the description of the responsibility and in the text of the result
    expect(
      screen.getAllByText('owners').map(element => element.tagName),
    ).toEqual(['MARK', 'MARK']);
  });

  it('finds other forms of a word: "policy" finds "Policies management"', async () => {
    const searchApi = new MockSearchApi({ results: [] });
    await renderInTestApp(
      <TestApiProvider apis={[[searchApiRef, searchApi]]}>
        <SearchContextProvider
          initialState={{ term: 'policy', types: [], filters: {} }}
        >
          <PersonaSearchResultListItem result={platformTeam} />
        </SearchContextProvider>
      </TestApiProvider>,
      { mountedRoutes },
    );

    const items = within(responsibilities()).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'Policies management',
    ]);
  });

  it('shows the first responsibilities when none matches', async () => {
    const heldByNobody: PersonaSearchDocument = {
      ...platformTeam,
      holders: [],
    };
    await renderInTestApp(
      <PersonaSearchResultListItem result={heldByNobody} />,
      { mountedRoutes },
    );

    expect(
      within(responsibilities()).getByText('Responsibilities'),
    ).toBeInTheDocument();
    const items = within(responsibilities()).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'Build and manage the life cycle of the Anthos platform',
      expect.stringMatching(/^Continuously implement/),
      '+2 more',
    ]);
    expect(
      screen.getByText('Nobody holds this persona yet'),
    ).toBeInTheDocument();
  });

  it('renders the persona results of the search page of the new frontend system', async () => {
    const tester = createExtensionTester(
      personaPlugin.getExtension('search-result-list-item:persona'),
    );
    const item = tester.get(SearchResultListItemBlueprint.dataRefs.item);

    expect(item.predicate?.({ type: 'persona', document: platformTeam })).toBe(
      true,
    );
    expect(
      item.predicate?.({ type: 'software-catalog', document: platformTeam }),
    ).toBe(false);

    const Item = item.component;
    renderInNewTestApp(<Item result={platformTeam} />, { mountedRoutes });
    expect(
      await screen.findByRole('link', { name: 'Platform team' }),
    ).toHaveAttribute('href', '/catalog/default/persona/anthos-platform-team');
  });
});
