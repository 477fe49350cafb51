import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  isPermission,
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import {
  permissionPolicyModule,
  permissionedCatalogFeatures,
  waitFor,
} from '@internal/example-catalog';
import catalogModulePersona, {
  personaConditions,
} from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { PersonaIndex } from '../service/PersonaIndex';
import { generatedPermissionTier } from '../__testUtils__/generatedPermissionTier';
import { InProcessReadDecisions } from './InProcessReadDecisions';

const {
  hasAnnotation,
  hasLabel,
  hasMetadata,
  hasSpec,
  isEntityKind,
  isEntityOwner,
} = catalogConditions;

/** One caller per policy; the policy answers each with these conditions. */
const POLICIES: Record<string, PermissionCriteria<PermissionCondition>> = {
  owner: isEntityOwner({
    claims: [
      'group:default/perm-team-1',
      'user:default/perm-user-2-1',
      'group:default/connectors-team',
    ],
  }),
  kind: isEntityKind({ kinds: ['Component', 'api', 'GROUP', 'persona'] }),
  'annotation-value': hasAnnotation({
    annotation: 'Example.com/Tier',
    value: 'GOLD',
  }),
  'annotation-exists': hasAnnotation({
    annotation: 'backstage.io/techdocs-ref',
  }),
  'annotation-long-value': hasAnnotation({ annotation: 'example.com/long' }),
  label: hasLabel({ label: 'env', value: 'prod' }),
  'label-exists': hasLabel({ label: 'ENV' }),
  'spec-value': hasSpec({ key: 'lifecycle', value: 'production' }),
  'spec-owner': hasSpec({ key: 'owner', value: 'perm-team-2' }),
  'spec-camel-case': hasSpec({ key: 'dependsOn' }),
  'spec-nested': hasSpec({
    key: 'profile.email',
    value: 'user3.1@example.com',
  }),
  'metadata-tag': hasMetadata({ key: 'tags.java' }),
  'metadata-title': hasMetadata({ key: 'title' }),
  'metadata-namespace': hasMetadata({ key: 'namespace', value: 'perm-ns' }),
  'persona-holder': personaConditions.isPersonaHolder({
    claims: [
      'group:default/perm-team-4',
      'perm-user-6-2',
      'group:default/connectors-team',
    ],
  }),
  nested: {
    allOf: [
      {
        anyOf: [
          isEntityKind({ kinds: ['Component', 'Resource'] }),
          isEntityOwner({ claims: ['group:default/perm-team-5'] }),
        ],
      },
      { not: hasLabel({ label: 'env', value: 'dev' }) },
      {
        not: {
          allOf: [
            hasMetadata({ key: 'tags.go' }),
            { not: hasAnnotation({ annotation: 'example.com/tier' }) },
          ],
        },
      },
    ],
  },
  'not-anything': {
    not: {
      anyOf: [
        isEntityKind({ kinds: ['User'] }),
        hasSpec({ key: 'type', value: 'kubernetes-cluster' }),
      ],
    },
  },
};

const userOf = (policy: string) => `user:default/policy-${policy}`;

const policyModule = permissionPolicyModule('equivalence-policies', {
  async handle(query, user) {
    if (!isPermission(query.permission, catalogEntityReadPermission)) {
      return { result: AuthorizeResult.ALLOW };
    }
    const name = Object.keys(POLICIES).find(
      p => userOf(p) === user?.info.userEntityRef,
    );
    if (!name) return { result: AuthorizeResult.ALLOW };
    return createCatalogConditionalDecision(
      query.permission,
      POLICIES[name] as any,
    );
  },
});

let probed: { catalog: CatalogService; auth: any; logger: any } | undefined;
const probe = createBackendPlugin({
  pluginId: 'equivalence-probe',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init(deps) {
        probed = deps;
      },
    });
  },
});

// The catalog matches conditions in SQL: case and NULL rules are the database's.
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'in-process read decisions against the catalog on %s',
  databaseId => {
    jest.setTimeout(300_000);
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let index: PersonaIndex;
    let everything: string[];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-equivalence-'));

    const readableByCatalog = async (user: string) => {
      const res = await request(backend.server)
        .get(
          '/api/catalog/entities?fields=kind,metadata.namespace,metadata.name',
        )
        .set('Authorization', mockCredentials.user.header(user));
      expect(res.status).toBe(200);
      return new Set<string>(res.body.map(stringifyEntityRef));
    };

    beforeAll(async () => {
      const tier = path.join(dir, 'tier.yaml');
      fs.writeFileSync(tier, generatedPermissionTier());
      backend = await startTestBackend({
        features: permissionedCatalogFeatures({
          policy: policyModule,
          features: [
            mockServices.database.factory({
              knex: await databases.init(databaseId),
            }),
            catalogModulePersona,
            probe,
          ],
          catalogFiles: [tier],
          config: { catalog: { processingInterval: { seconds: 1 } } },
        }),
      });
      // Stitched: the last generated Persona has its holder relation.
      // Every generated entity in, its Personas stitched, the count settled.
      const generated = generatedPermissionTier().split('\n---\n').length;
      let lastCount = -1;
      let sameCountPolls = 0;
      everything = await waitFor(
        'the generated tier to be stitched',
        async () => {
          const all = [...(await readableByCatalog('user:default/admin'))];
          const last = await request(backend.server)
            .get(
              '/api/catalog/entities/by-name/persona/default/perm-persona-11',
            )
            .set(
              'Authorization',
              mockCredentials.user.header('user:default/admin'),
            );
          const stitched = last.body?.relations?.some(
            (r: { type: string }) => r.type === 'personaOf',
          );
          sameCountPolls = all.length === lastCount ? sameCountPolls + 1 : 0;
          lastCount = all.length;
          // about two seconds without a new entity
          const settled = sameCountPolls >= 8;
          const inTier = all.filter(ref =>
            ref.split('/')[1].startsWith('perm-'),
          );
          return stitched && settled && inTier.length === generated
            ? all
            : undefined;
        },
        240_000,
      );
      index = new PersonaIndex({ ...probed! });
    });

    afterAll(async () => {
      await backend?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it.each(Object.keys(POLICIES))(
      'gives the catalog answer for every entity under the %s policy',
      async name => {
        const decisions = new InProcessReadDecisions({
          holdFields: fields => index.holdFields(fields),
        });
        let snapshot = await index.refresh();
        let readable = decisions.readable(POLICIES[name], name, snapshot);
        if (!readable) {
          // The first decision asks the index to read the fields it filters on.
          snapshot = await index.refresh();
          readable = decisions.readable(POLICIES[name], name, snapshot);
        }
        expect(readable).toBeDefined();
        expect(snapshot.entityCount).toBe(everything.length);

        const byCatalog = await readableByCatalog(userOf(name));
        const disagreements = everything.filter(
          ref => readable!.has(ref) !== byCatalog.has(ref),
        );
        expect(disagreements).toEqual([]);
        // Each policy lets some entities through and keeps others out.
        expect(byCatalog.size).toBeGreaterThan(0);
        expect(byCatalog.size).toBeLessThan(everything.length);
      },
    );

    it('leaves a rule it does not know to the catalog', () => {
      const decisions = new InProcessReadDecisions();
      return index.refresh().then(snapshot =>
        expect(
          decisions.readable(
            {
              rule: 'IS_IN_SYSTEM',
              resourceType: 'catalog-entity',
              params: {},
            },
            'unknown',
            snapshot,
          ),
        ).toBeUndefined(),
      );
    });
  },
);
