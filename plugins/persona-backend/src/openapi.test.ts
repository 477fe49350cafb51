import { PERSONA_VIEW_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import { createRouter } from './router';
import { openApiSpec } from './__testUtils__/openApiSchemas';
import { mockServices } from '@backstage/backend-test-utils';
import { PersonaCoverageService } from './service/PersonaCoverageService';
import { PersonaViewService } from './service/PersonaViewService';

const spec = openApiSpec;

describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      viewService: {} as PersonaViewService,
      coverageService: {} as PersonaCoverageService,
    });
    const served = router.stack
      .filter((layer: any) => layer.route)
      .map((layer: any) => {
        const method = Object.keys(layer.route.methods)[0];
        const route = layer.route.path.replace(/:(\w+)/g, '{$1}');
        return `${method} ${route}`;
      })
      .sort();
    const documented = Object.entries(spec.paths)
      .flatMap(([route, methods]: [string, any]) =>
        Object.keys(methods).map(method => `${method} ${route}`),
      )
      .sort();
    expect(served).toEqual(documented);
  });

  it('documents the kinds that have a view', () => {
    const kind = spec.paths[
      '/v1/views/by-name/{kind}/{namespace}/{name}'
    ].get.parameters.find((p: any) => p.name === 'kind');
    expect(kind.schema.enum).toEqual(Object.values(PERSONA_VIEW_KINDS).flat());
  });
});
