import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import { exampleCatalogConfig } from '@internal/example-catalog';
import request from 'supertest';
import { personaPlugin } from './plugin';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** Entities of the example catalog whose views a first visit asks for. */
const REFS = [
  'group/default/platform-team',
  'component/default/connector-slack',
  'persona/default/activiti-cloud-developer',
];

describe('the persona backend right after it starts', () => {
  jest.setTimeout(120_000);

  it('never answers 404 for an entity the catalog already holds, from the first request on', async () => {
    const backend = await startTestBackend({
      features: [
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        schedulerServiceFactory,
        catalogPlugin,
        catalogModulePersona,
        personaPlugin,
        mockServices.rootConfig.factory({
          data: {
            catalog: exampleCatalogConfig(),
            // no scheduled rebuild comes to the rescue during the test
            persona: { index: { refreshInterval: { hours: 1 } } },
          },
        }),
      ],
    });
    try {
      const authorization = mockCredentials.user.header();
      const pending = new Set(REFS);
      const contradictions: string[] = [];
      const deadline = Date.now() + 90_000;
      // Asked at once and then in a loop while the catalog ingests: the
      // catalog first, so that every persona answer comes after its own.
      while (pending.size > 0 && Date.now() < deadline) {
        for (const ref of [...pending]) {
          const inCatalog = await request(backend.server)
            .get(`/api/catalog/entities/by-name/${ref}`)
            .set('Authorization', authorization);
          const view = await request(backend.server)
            .get(`/api/persona/v1/views/by-name/${ref}`)
            .set('Authorization', authorization);
          if (inCatalog.status === 200 && view.status !== 200) {
            contradictions.push(`${ref}: catalog 200, persona ${view.status}`);
          }
          if (view.status === 200) pending.delete(ref);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      expect(contradictions).toEqual([]);
      expect([...pending]).toEqual([]);
    } finally {
      await backend.stop();
    }
  });
});
