import { configApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { rootRouteRef } from '../../routes';
import { PersonaEmptyState } from './PersonaEmptyState';

function renderWithConfig(data: object, mountedAt = '/personas') {
  return renderInTestApp(
    <TestApiProvider apis={[[configApiRef, mockApis.config({ data })]]}>
      <PersonaEmptyState title="Nothing here" />
    </TestApiProvider>,
    { mountedRoutes: { [mountedAt]: rootRouteRef } },
  );
}

describe('PersonaEmptyState', () => {
  it('links the authoring guide shipped with the plugin, under wherever the Personas page is mounted', async () => {
    await renderWithConfig({}, '/platform/roles');
    expect(
      screen.getByRole('link', { name: 'authoring guide' }),
    ).toHaveAttribute('href', '/platform/roles/authoring');
  });

  it('links where persona.authoringDocsUrl points', async () => {
    await renderWithConfig({
      persona: {
        authoringDocsUrl:
          '/docs/default/component/platform-personas/authoring-personas',
      },
    });
    expect(
      screen.getByRole('link', { name: 'authoring guide' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/platform-personas/authoring-personas',
    );
  });

  it('shows a location that is neither a URL nor a path as text', async () => {
    await renderWithConfig({
      persona: { authoringDocsUrl: 'the wiki, page "Personas"' },
    });
    expect(
      screen.queryByRole('link', { name: 'authoring guide' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('the wiki, page "Personas"')).toBeInTheDocument();
  });
});
