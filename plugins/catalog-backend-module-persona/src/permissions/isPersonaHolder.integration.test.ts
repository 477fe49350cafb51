import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  actorForwardingAuthFactory,
  exampleCatalogConfig,
} from '@internal/example-catalog';
import { catalogModulePersonaEntityModel } from '../module';
import { personaHolderPolicyModule } from './__testUtils__/personaHolderPolicyModule';
import { userInfoFromTable } from './__testUtils__/userInfoFromTable';

const DANA = 'user:default/dana.dev';
const OSCAR = 'user:default/oscar.ops';
const PAULA = 'user:default/paula.partner';
const NOBODY = 'user:default/nobody';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'the isPersonaHolder rule under a real catalog and permission backend on %s',
  databaseId => {
    jest.setTimeout(60_000);
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let baseUrl: string;
    let everything: Entity[];

    const get = async (path: string, authorization: string) => {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: { Authorization: authorization },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    };
    const readableBy = async (user: string): Promise<string[]> => {
      const entities: Entity[] = await get(
        '/api/catalog/entities?fields=kind,metadata.namespace,metadata.name',
        mockCredentials.user.header(user),
      );
      return entities.map(e => stringifyEntityRef(e)).sort();
    };
    const personasReadableBy = async (user: string) =>
      (await readableBy(user)).filter(ref => ref.startsWith('persona:'));

    beforeAll(async () => {
      backend = await startTestBackend({
        features: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          actorForwardingAuthFactory,
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
          // the groups a sign-in resolver would put in each user's token
          userInfoFromTable({
            [DANA]: [DANA, 'group:default/payments-team'],
            [OSCAR]: [OSCAR, 'group:default/sre-ops'],
          }),
          catalogPlugin,
          catalogModulePersonaEntityModel,
          permissionPlugin,
          personaHolderPolicyModule,
          mockServices.rootConfig.factory({
            data: {
              catalog: exampleCatalogConfig(),
              permission: { enabled: true },
            },
          }),
        ],
      });
      baseUrl = `http://localhost:${backend.server.port()}`;

      // ready once the personas have their relations and nothing new has
      // appeared for a second
      const deadline = Date.now() + 30_000;
      let stableSince = Date.now();
      let previous = '';
      for (;;) {
        everything = await get(
          '/api/catalog/entities',
          mockCredentials.service.header(),
        );
        const refs = everything.map(e => stringifyEntityRef(e)).join();
        if (refs !== previous) stableSince = Date.now();
        previous = refs;
        const personas = everything.filter(e => e.kind === 'Persona');
        const processed = personas.every(e => (e.relations ?? []).length > 0);
        const stable = Date.now() - stableSince >= 1000;
        if (personas.length === 10 && processed && stable) break;
        if (Date.now() > deadline) throw new Error('the catalog is not ready');
        await new Promise(resolve => setTimeout(resolve, 250));
      }
    });

    afterAll(() => backend?.stop());

    it('shows a user the personas of the group of their team, inherited by their team', async () => {
      // payments-team holds none; its parent application-teams holds both
      expect(await personasReadableBy(DANA)).toEqual([
        'persona:default/anthos-application-developer',
        'persona:default/cncf-platform-consumer',
      ]);
    });

    it('shows a user the personas that their group holds directly', async () => {
      expect(await personasReadableBy(OSCAR)).toEqual([
        'persona:default/anthos-application-operator',
      ]);
    });

    it('shows a user known by their user ref only what they hold and what their groups in the catalog hold', async () => {
      // cncf-platform-builder names Paula; partner-consultancy holds the other
      expect(await personasReadableBy(PAULA)).toEqual([
        'persona:default/cncf-platform-builder',
        'persona:default/cncf-service-provider',
      ]);
    });

    it('hides every persona from a user who holds none, and from nobody else anything else', async () => {
      expect(await personasReadableBy(NOBODY)).toEqual([]);
      const allButPersonas = everything
        .filter(e => e.kind !== 'Persona')
        .map(e => stringifyEntityRef(e))
        .sort();
      expect(allButPersonas.length).toBeGreaterThan(20);
      for (const user of [DANA, OSCAR, PAULA, NOBODY]) {
        expect(
          (await readableBy(user)).filter(ref => !ref.startsWith('persona:')),
        ).toEqual(allButPersonas);
      }
    });

    it('hides a persona that the user does not hold from a read by name', async () => {
      const byName = (ref: string) =>
        fetch(`${baseUrl}/api/catalog/entities/by-name/${ref}`, {
          headers: { Authorization: mockCredentials.user.header(DANA) },
        }).then(r => r.status);
      expect(await byName('persona/default/anthos-application-developer')).toBe(
        200,
      );
      expect(await byName('persona/default/anthos-platform-team')).toBe(404);
    });

    it('answers the permission backend for single entities by applying the rule', async () => {
      const items = [
        'persona:default/cncf-platform-consumer', // inherited
        'persona:default/anthos-platform-team', // platform-team only
        'group:default/platform-team', // not a persona
      ].map((resourceRef, i) => ({
        id: String(i),
        permission: catalogEntityReadPermission,
        resourceRef,
      }));
      const response = await fetch(`${baseUrl}/api/permission/authorize`, {
        method: 'POST',
        headers: {
          Authorization: mockCredentials.user.header(DANA),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ items }),
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.items.map((item: { result: string }) => item.result)).toEqual(
        [AuthorizeResult.ALLOW, AuthorizeResult.DENY, AuthorizeResult.ALLOW],
      );
    });
  },
);
