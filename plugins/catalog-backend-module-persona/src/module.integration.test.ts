import path from 'node:path';
import {
  createBackendModule,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import catalogPlugin, {
  CATALOG_ERRORS_TOPIC,
} from '@backstage/plugin-catalog-backend';
import { catalogModulePersonaEntityModel } from './module';
import { exampleCatalogConfig, waitFor } from '@internal/example-catalog';

const fixture = path.resolve(
  __dirname,
  '__fixtures__/personas-with-one-invalid.yaml',
);

type CatalogError = { entity: string; errors: Error[] };

function errorCollector(collected: CatalogError[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-error-collector',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef, logger: coreServices.logger },
        async init({ events }) {
          await events.subscribe({
            id: 'test-error-collector',
            topics: [CATALOG_ERRORS_TOPIC],
            async onEvent({ eventPayload }) {
              collected.push(eventPayload as CatalogError);
            },
          });
        },
      });
    },
  });
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'the Persona kind in a real catalog backend on %s',
  databaseId => {
    jest.setTimeout(180_000);

    it('ingests the example personas with their relations both ways, and reports an invalid one without losing the others', async () => {
      const errors: CatalogError[] = [];
      const backend = await startTestBackend({
        features: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          catalogPlugin,
          catalogModulePersonaEntityModel,
          errorCollector(errors),
          mockServices.rootConfig.factory({
            data: {
              catalog: exampleCatalogConfig([fixture]),
            },
          }),
        ],
      });

      const baseUrl = `http://localhost:${backend.server.port()}/api/catalog`;
      const get = async (url: string) => {
        const response = await fetch(`${baseUrl}${url}`, {
          headers: { Authorization: mockCredentials.user.header() },
        });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      };
      const relationsOf = (entity: Entity) =>
        (entity.relations ?? []).map(r => `${r.type} ${r.targetRef}`).sort();
      // Other locations may still be processing, and relations are stitched
      // later still: wait until the entity has a relation of `type`.
      const getStitched = (url: string, type: string): Promise<Entity> =>
        waitFor(`${type} relations on ${url}`, async () => {
          const response = await fetch(`${baseUrl}${url}`, {
            headers: { Authorization: mockCredentials.user.header() },
          });
          if (!response.ok) return undefined;
          const entity: Entity = await response.json();
          return entity.relations?.some(r => r.type === type)
            ? entity
            : undefined;
        });

      try {
        const personas: Entity[] = await waitFor(
          'the personas to be ingested',
          async () => {
            const { items } = await get(
              '/entities/by-query?filter=kind=persona&limit=100&orderField=metadata.name,asc',
            );
            const ready =
              items.length === 11 &&
              items.every((e: Entity) => (e.relations ?? []).length > 0);
            return ready ? items : undefined;
          },
        );

        expect(personas.map(p => p.metadata.name)).toEqual([
          'activiti-cloud-developer',
          'activiti-cloud-devops',
          'anthos-application-developer',
          'anthos-application-operator',
          'anthos-platform-team',
          'cncf-platform-builder',
          'cncf-platform-consumer',
          'cncf-platform-enabler',
          'cncf-platform-end-user',
          'cncf-service-provider',
          'fixture-valid-persona',
        ]);

        // Its selectors (cloud connectors and runtime bundles owned by a
        // holder) are resolved against the catalog when the Persona is
        // processed, so their relations may come one processing later than
        // the components: wait for them.
        const developerBuilds = [
          'builds component:default/connector-email', // owned by jane.doe
          'builds component:default/connector-salesforce', // connectors-team
          'builds component:default/connector-slack', // explicit, and matched
          'builds component:default/rb-invoice-approval', // runtime-team
          'builds component:default/rb-order-fulfilment', // runtime-team
        ];
        const developer = await waitFor(
          () =>
            `the selector matches of activiti-cloud-developer: ${developerBuilds}`,
          async () => {
            const entity: Entity = await get(
              '/entities/by-name/persona/default/activiti-cloud-developer',
            );
            const builds = relationsOf(entity).filter(r =>
              r.startsWith('builds '),
            );
            return builds.length === developerBuilds.length
              ? entity
              : undefined;
          },
          100_000,
        );
        expect(relationsOf(developer)).toEqual([
          ...developerBuilds,
          'consumes component:default/helm',
          'consumes component:default/jenkins-x',
          'consumes component:default/jhipster',
          'consumes component:default/spring-cloud-kubernetes',
          'ownedBy group:default/activiti-platform',
          'personaOf group:default/connectors-team',
          'personaOf group:default/runtime-team',
          'personaOf user:default/jane.doe',
        ]);

        // and back, on a component that only a selector names
        const orderFulfilment = await getStitched(
          '/entities/by-name/component/default/rb-order-fulfilment',
          'builtBy',
        );
        expect(
          relationsOf(orderFulfilment).filter(r => r.startsWith('builtBy')),
        ).toEqual(['builtBy persona:default/activiti-cloud-developer']);

        const operator = personas.find(
          p => p.metadata.name === 'anthos-application-operator',
        )!;
        expect(relationsOf(operator)).toEqual([
          'enables component:default/ci-cd-pipelines',
          'enables component:default/observability-stack',
          'ownedBy group:default/platform-team',
          'personaOf group:default/sre-ops',
        ]);

        // and back, on the holders, owners and components
        const connectorsTeam = await getStitched(
          '/entities/by-name/group/default/connectors-team',
          'hasPersona',
        );
        expect(relationsOf(connectorsTeam)).toContain(
          'hasPersona persona:default/activiti-cloud-developer',
        );
        const jane = await getStitched(
          '/entities/by-name/user/default/jane.doe',
          'hasPersona',
        );
        expect(relationsOf(jane)).toContain(
          'hasPersona persona:default/activiti-cloud-developer',
        );
        const platformTeam = await getStitched(
          '/entities/by-name/group/default/platform-team',
          'hasPersona',
        );
        expect(relationsOf(platformTeam)).toEqual(
          expect.arrayContaining([
            'hasPersona persona:default/anthos-platform-team',
            'hasPersona persona:default/cncf-platform-builder',
            'ownerOf persona:default/anthos-platform-team',
            'ownerOf persona:default/cncf-service-provider',
          ]),
        );
        const slack = await getStitched(
          '/entities/by-name/component/default/connector-slack',
          'builtBy',
        );
        expect(relationsOf(slack)).toContain(
          'builtBy persona:default/activiti-cloud-developer',
        );
        const helm = await getStitched(
          '/entities/by-name/component/default/helm',
          'consumedBy',
        );
        expect(
          relationsOf(helm).filter(r => r.startsWith('consumedBy')),
        ).toEqual([
          'consumedBy persona:default/activiti-cloud-developer',
          'consumedBy persona:default/activiti-cloud-devops',
          'consumedBy persona:default/fixture-valid-persona',
        ]);
        const cluster = await getStitched(
          '/entities/by-name/resource/default/activiti-runtime-cluster',
          'enabledBy',
        );
        expect(relationsOf(cluster)).toContain(
          'enabledBy persona:default/activiti-cloud-devops',
        );

        // the invalid persona is a processing error that names the field
        const brokenError = await waitFor(
          'the processing error of the invalid persona',
          async () =>
            errors.find(e => e.entity === 'persona:default/broken-persona'),
        );
        expect(brokenError.errors.map(e => e.message).join('\n')).toMatch(
          /\/spec\/holders\/0 must /,
        );
        expect(
          errors.filter(e => e.entity !== 'persona:default/broken-persona'),
        ).toEqual([]);
        await expect(
          get('/entities/by-name/persona/default/broken-persona'),
        ).rejects.toThrow('404');
      } finally {
        await backend.stop();
      }
    });
  },
);
