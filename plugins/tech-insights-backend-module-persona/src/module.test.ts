import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import techInsightsModuleJsonfc, {
  TechInsightJsonRuleCheck,
} from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { waitFor } from '@internal/example-catalog';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import techInsightsModulePersona, { personaCoverageChecks } from './index';
import { componentFacts, factsResponse } from './__testUtils__/componentFacts';
import {
  StandInState,
  personaFactsStandInPlugin,
} from './__testUtils__/personaFactsStandInPlugin';
import { readmeChecksConfigFile } from './__testUtils__/readmeChecksConfigFile';

// the shipped checks have the JSON-rules module's own check type
const asJsonRuleChecks: TechInsightJsonRuleCheck[] = personaCoverageChecks;

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const SLACK = 'component:default/connector-slack';
const CLUSTER = 'resource:default/anthos-prod-eu';

const answer = (slackBuilders: number) =>
  factsResponse([
    componentFacts(SLACK, {
      hasBuilder: true,
      hasConsumer: true,
      builderHolderCount: slackBuilders,
    }),
    componentFacts(CLUSTER, {
      hasBuilder: true,
      hasEnabler: true,
      hasConsumer: true,
      builderHolderCount: 1,
      onlyInherited: true,
    }),
    componentFacts('system:default/anthos-platform', { hasEnabler: true }),
  ]);

/** A config file for the test backend; JSON is YAML too. */
function configFile(data: object) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-ti-'));
  const file = path.join(dir, 'app-config.yaml');
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

describe.each(databases.eachSupportedId())(
  'the persona coverage facts and checks in a tech-insights backend, on %s',
  databaseId => {
    jest.setTimeout(120_000);
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    const state: StandInState = {
      answer: { status: 200, body: answer(2) },
      callers: [],
    };

    beforeAll(async () => {
      backend = await startTestBackend({
        features: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          // the real scheduler runs the retriever on its configured cadence
          schedulerServiceFactory,
          // the real config loader reads the README's checks as a portal would
          rootConfigServiceFactory({
            argv: [
              'node',
              'backend',
              '--config',
              readmeChecksConfigFile(),
              '--config',
              configFile({
                techInsights: {
                  factRetrievers: {
                    personaCoverageFactRetriever: {
                      cadence: '*/2 * * * * *',
                      initialDelay: { seconds: 1 },
                    },
                  },
                },
              }),
            ],
            watch: false,
          }),
          techInsightsPlugin,
          techInsightsModuleJsonfc,
          techInsightsModulePersona,
          personaFactsStandInPlugin(state),
        ],
      });
    });

    afterAll(() => backend?.stop());

    const latestFacts = async (entity: string) => {
      const res = await request(backend.server)
        .get('/api/tech-insights/facts/latest')
        .query({ entity, 'ids[]': 'personaCoverageFactRetriever' })
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      return res.body.personaCoverageFactRetriever;
    };

    const runChecks = async (entityPath: string) => {
      const res = await request(backend.server)
        .post(`/api/tech-insights/checks/run/${entityPath}`)
        .send({})
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      return Object.fromEntries(
        res.body.map((r: any) => [r.check.id, r.result]),
      );
    };

    it('serves the checks of the README, which are the exported ones', async () => {
      const res = await request(backend.server)
        .get('/api/tech-insights/checks')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      // running checks names each rule after its check: not part of a check
      const served = res.body.map(({ rule, ...check }: any) => ({
        ...check,
        rule: { conditions: rule.conditions },
      }));
      expect(served).toEqual(asJsonRuleChecks);
    });

    it('stores the facts of each platform component, read as the tech-insights service', async () => {
      const slack = await waitFor('the facts of connector-slack', () =>
        latestFacts(SLACK),
      );
      expect(slack).toMatchObject({
        id: 'personaCoverageFactRetriever',
        version: '0.1.0',
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
      });
      expect((await latestFacts(CLUSTER)).facts.onlyInherited).toBe(true);
      // Systems are left out
      expect(
        await latestFacts('system:default/anthos-platform'),
      ).toBeUndefined();
      expect(new Set(state.callers)).toEqual(new Set(['plugin:tech-insights']));
    });

    it('runs the checks on the facts', async () => {
      await waitFor('the facts of the cluster', () => latestFacts(CLUSTER));
      expect(await runChecks('default/component/connector-slack')).toEqual({
        personaHasBuilder: true,
        personaHasEnabler: false,
        personaHasConsumer: true,
        personaBuilderBusFactor: true,
        personaNotOnlyInherited: true,
      });
      expect(await runChecks('default/resource/anthos-prod-eu')).toEqual({
        personaHasBuilder: true,
        personaHasEnabler: true,
        personaHasConsumer: true,
        personaBuilderBusFactor: false,
        personaNotOnlyInherited: false,
      });
      // no facts, no results: not a failure
      expect(await runChecks('default/system/anthos-platform')).toEqual({});
    });

    it('keeps the last good facts while the persona backend fails, and reads again when it answers', async () => {
      const before = await waitFor('the facts of connector-slack', () =>
        latestFacts(SLACK),
      );
      state.answer = {
        status: 503,
        body: {
          error: { name: 'ServiceUnavailableError', message: 'no index' },
          response: { statusCode: 503 },
        },
      };
      const calls = state.callers.length;
      await waitFor('two failed runs', async () =>
        state.callers.length >= calls + 2 ? true : undefined,
      );
      expect(await latestFacts(SLACK)).toEqual(before);

      state.answer = { status: 200, body: answer(3) };
      await waitFor('the new facts of connector-slack', async () => {
        const facts = await latestFacts(SLACK);
        return facts.facts.builderHolderCount === 3 ? true : undefined;
      });
    });
  },
);
