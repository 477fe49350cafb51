import { mockServices } from '@backstage/backend-test-utils';
import { PERSONA_VIEW_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRouter } from './router';
import { spec } from './schema/openapi/generated/router';

/** `METHOD /path/{param}` of every route in a router, nested ones included. */
function routesOf(stack: any[]): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const method = Object.keys(layer.route.methods)[0];
      return [`${method} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`];
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

describe('src/schema/openapi.yaml', () => {
  it('is what the generated router validates against', () => {
    const packageDir = path.resolve(__dirname, '..');
    const check = spawnSync(
      process.execPath,
      ['scripts/openapi-router.mjs', '--check'],
      { cwd: packageDir, encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  // A route the document lacks would be served without any validation.
  it('documents every route the router serves', async () => {
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      viewService: { getViewBody: jest.fn() },
      coverageService: { getCoverage: jest.fn() },
      validateService: { validate: jest.fn() },
      interactionsService: {
        getInteractions: jest.fn(),
        getTeamApi: jest.fn(),
        getTeamApiMarkdown: jest.fn(),
        getComponentFacts: jest.fn(),
      },
    });
    const served = routesOf(router.stack)
      .filter(route => route !== 'get /openapi.json')
      .sort();
    const documented = Object.entries(spec.paths)
      .flatMap(([route, methods]) =>
        Object.keys(methods).map(method => `${method} ${route}`),
      )
      .sort();
    expect(served).toEqual(documented);
  });

  it('documents the kinds that have a view', () => {
    const kind = spec.paths[
      '/v1/views/by-name/{kind}/{namespace}/{name}'
    ].get.parameters.find(p => p.name === 'kind');
    expect(kind?.schema.enum).toEqual(Object.values(PERSONA_VIEW_KINDS).flat());
  });
});
