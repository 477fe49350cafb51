import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import { componentFacts, factsResponse } from '../__testUtils__/componentFacts';
import { startFactsServer } from '../__testUtils__/startFactsServer';
import { personaCoverageFactRetriever } from './personaCoverageFactRetriever';

describe('personaCoverageFactRetriever', () => {
  let answer: { status: number; body: unknown };
  let server: Awaited<ReturnType<typeof startFactsServer>>;

  beforeAll(async () => {
    server = await startFactsServer(() => answer);
  });
  afterAll(() => server.close());
  beforeEach(() => server.requests.splice(0));

  const run = () =>
    personaCoverageFactRetriever.handler({
      config: new ConfigReader({}),
      discovery: {
        getBaseUrl: async pluginId =>
          server.baseUrl.replace('persona', pluginId),
        getExternalBaseUrl: async () => 'http://unused',
      },
      // the tech-insights plugin's own auth service, as the engine passes it
      auth: mockServices.auth({ pluginId: 'tech-insights' }),
      logger: mockServices.logger.mock(),
      urlReader: mockServices.urlReader.mock(),
    });

  it('reads all facts in one request with a service token for the persona plugin', async () => {
    answer = {
      status: 200,
      body: factsResponse([
        componentFacts('component:default/connector-slack', {
          hasBuilder: true,
          hasConsumer: true,
          builderHolderCount: 2,
        }),
        componentFacts('resource:ops/anthos-prod-eu', {
          hasBuilder: true,
          builderHolderCount: 1,
          onlyInherited: true,
        }),
        // scorecards of Systems are not this retriever's: left out
        componentFacts('system:default/anthos-platform', { hasEnabler: true }),
      ]),
    };

    await expect(run()).resolves.toEqual([
      {
        entity: {
          namespace: 'default',
          kind: 'component',
          name: 'connector-slack',
        },
        facts: {
          hasBuilder: true,
          hasEnabler: false,
          hasConsumer: true,
          builderHolderCount: 2,
          onlyInherited: false,
        },
      },
      {
        entity: { namespace: 'ops', kind: 'resource', name: 'anthos-prod-eu' },
        facts: {
          hasBuilder: true,
          hasEnabler: false,
          hasConsumer: false,
          builderHolderCount: 1,
          onlyInherited: true,
        },
      },
    ]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].url).toBe('/api/persona/v1/facts/components');
    expect(server.requests[0].headers.authorization).toBe(
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: mockCredentials.service('plugin:tech-insights'),
        targetPluginId: 'persona',
      })}`,
    );
  });

  it('fails the run with a ResponseError when the persona backend does not answer 2xx', async () => {
    answer = {
      status: 503,
      body: {
        error: { name: 'ServiceUnavailableError', message: 'index not built' },
        response: { statusCode: 503 },
      },
    };
    const error = await run().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(503);
    // the persona backend's own error travels with it, for the log
    expect(error.cause.message).toBe('index not built');
  });

  it('fails the whole run, naming the component, on a fact of the wrong type', async () => {
    answer = {
      status: 200,
      body: factsResponse([
        componentFacts('component:default/good'),
        {
          ...componentFacts('component:default/broken'),
          builderHolderCount: '2' as unknown as number,
        },
      ]),
    };
    await expect(run()).rejects.toThrow(
      'The persona backend answered "2" for builderHolderCount of component:default/broken, expected a whole number',
    );
  });

  it('fails the run on an answer without items', async () => {
    answer = { status: 200, body: { message: 'not the facts' } };
    await expect(run()).rejects.toThrow(
      'The persona backend answered facts without items',
    );
  });
});
