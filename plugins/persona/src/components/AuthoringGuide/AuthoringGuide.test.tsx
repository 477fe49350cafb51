import { fetchApiRef } from '@backstage/core-plugin-api';
import {
  MockFetchApi,
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import fs from 'node:fs';
import path from 'node:path';
import { AuthoringGuide } from './AuthoringGuide';

// In tests the Markdown import is the file's name; the app serves it as an asset.
const GUIDE_URL = 'http://localhost/authoring-personas.md';
const guide = fs.readFileSync(
  path.join(__dirname, 'authoring-personas.md'),
  'utf8',
);

describe('AuthoringGuide', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const render = () =>
    renderInTestApp(
      <TestApiProvider apis={[[fetchApiRef, new MockFetchApi()]]}>
        <AuthoringGuide />
      </TestApiProvider>,
    );

  it('renders the guide shipped with the plugin', async () => {
    server.use(rest.get(GUIDE_URL, (_, res, ctx) => res(ctx.text(guide))));
    await render();
    expect(
      await screen.findByRole('heading', {
        name: 'Authoring Personas',
        level: 1,
      }),
    ).toBeInTheDocument();
    const sections = [...guide.matchAll(/^## (.+)$/gm)].map(m =>
      m[1].replace(/`/g, ''),
    );
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) {
      expect(
        screen.getByRole('heading', { name: section, level: 2 }),
      ).toBeInTheDocument();
    }
  });

  it('says why when the guide cannot be loaded', async () => {
    server.use(
      rest.get(GUIDE_URL, (_, res, ctx) => res(ctx.status(404, 'Not Found'))),
    );
    await render();
    expect(
      await screen.findByText(
        'Error: The authoring guide could not be loaded: 404 Not Found',
        { selector: 'h6' },
      ),
    ).toBeInTheDocument();
  });
});
