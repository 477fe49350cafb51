import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import techInsightsModuleJsonfc from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { exampleCatalogConfig, waitFor } from '@internal/example-catalog';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
// a test-only import: the real persona backend answers the retriever here
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import personaPlugin from '@platform-personas/backstage-plugin-persona-backend';
import { PlatformComponentFacts } from '@platform-personas/backstage-plugin-persona-common';
import request from 'supertest';
import techInsightsModulePersona, { personaCoverageChecks } from './index';

const CLUSTER = 'resource:default/anthos-prod-eu';

describe('the persona coverage facts from the real persona backend and the example catalog', () => {
  jest.setTimeout(180_000);
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        schedulerServiceFactory,
        catalogPlugin,
        catalogModulePersona,
        personaPlugin,
        techInsightsPlugin,
        techInsightsModuleJsonfc,
        techInsightsModulePersona,
        mockServices.rootConfig.factory({
          data: {
            catalog: exampleCatalogConfig(),
            persona: { index: { refreshInterval: { seconds: 1 } } },
            techInsights: {
              factRetrievers: {
                personaCoverageFactRetriever: {
                  cadence: '*/2 * * * * *',
                  initialDelay: { seconds: 1 },
                },
              },
              factChecker: {
                // as JSON, the way config holds them
                checks: JSON.parse(
                  JSON.stringify(
                    Object.fromEntries(
                      personaCoverageChecks.map(({ id, ...check }) => [
                        id,
                        check,
                      ]),
                    ),
                  ),
                ),
              },
            },
          },
        }),
      ],
    });
  });

  afterAll(() => backend?.stop());

  const user = mockCredentials.user.header();

  /** What the persona backend answers the tech-insights service now. */
  const personaFacts = async (): Promise<PlatformComponentFacts[]> => {
    const res = await request(backend.server)
      .get('/api/persona/v1/facts/components')
      .set(
        'Authorization',
        mockCredentials.service.header({
          onBehalfOf: mockCredentials.service('plugin:tech-insights'),
          targetPluginId: 'persona',
        }),
      );
    return res.status === 200 ? res.body.items : [];
  };

  const storedFacts = async (entity: string) => {
    const res = await request(backend.server)
      .get('/api/tech-insights/facts/latest')
      .query({ entity, 'ids[]': 'personaCoverageFactRetriever' })
      .set('Authorization', user);
    return res.body.personaCoverageFactRetriever?.facts;
  };

  it('stores what the persona backend answers for each component and resource, and checks it', async () => {
    // the catalog processes and the persona index refreshes in the
    // background: wait until a run stored the complete answer
    const items = await waitFor(
      'the stored facts to match the persona backend',
      async () => {
        const answer = (await personaFacts()).filter(item =>
          /^(component|resource):/.test(item.entityRef),
        );
        if (!answer.find(item => item.entityRef === CLUSTER)?.hasBuilder) {
          return undefined;
        }
        for (const { entityRef, ...facts } of answer) {
          const stored = await storedFacts(entityRef);
          if (JSON.stringify(stored) !== JSON.stringify(facts))
            return undefined;
        }
        return answer;
      },
      150_000,
    );
    // the example catalog has components that pass and components that fail
    expect(items.map(i => i.builderHolderCount >= 2)).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(items.map(i => i.hasEnabler)).toEqual(
      expect.arrayContaining([true, false]),
    );

    for (const item of items) {
      const [kind, rest] = item.entityRef.split(':');
      const [namespace, name] = rest.split('/');
      const res = await request(backend.server)
        .post(`/api/tech-insights/checks/run/${namespace}/${kind}/${name}`)
        .send({})
        .set('Authorization', user);
      expect(res.status).toBe(200);
      const results = Object.fromEntries(
        res.body.map((r: any) => [r.check.id, r.result]),
      );
      expect({ ref: item.entityRef, results }).toEqual({
        ref: item.entityRef,
        results: {
          personaHasBuilder: item.hasBuilder,
          personaHasEnabler: item.hasEnabler,
          personaHasConsumer: item.hasConsumer,
          personaBuilderBusFactor: item.builderHolderCount >= 2,
          personaNotOnlyInherited: !item.onlyInherited,
        },
      });
    }
  });
});
