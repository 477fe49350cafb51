import {
  TestCaches,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import http, { IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { personaPlugin } from './plugin';
import { exampleCatalogConfig } from '@internal/example-catalog';
import { openApiProblems } from './__testUtils__/openApiSchemas';
import { waitForCompleteIndex } from './__testUtils__/waitForCompleteIndex';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const caches = TestCaches.create({ ids: ['MEMORY', 'REDIS_7'] });

/** As the example portal runs, and as production does: PostgreSQL and Redis. */
const setups = (
  [
    ['SQLITE_3', 'MEMORY'],
    ['POSTGRES_15', 'REDIS_7'],
  ] as const
).filter(([db, cache]) => databases.supports(db) && caches.supports(cache));

describe.each(setups)(
  'persona backend with a real catalog and the example catalog, on %s with a %s cache',
  (databaseId, cacheId) => {
    jest.setTimeout(120_000);
    let backend: Awaited<ReturnType<typeof startTestBackend>>;

    beforeAll(async () => {
      const { store, connection } = await caches.init(cacheId);
      backend = await startTestBackend({
        features: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          cacheServiceFactory,
          // the real scheduler, so that the index refreshes as in a portal
          schedulerServiceFactory,
          // requests without a token are anonymous, as in a real backend
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
          catalogPlugin,
          catalogModulePersona,
          personaPlugin,
          mockServices.rootConfig.factory({
            data: {
              backend: {
                cache: {
                  store,
                  connection,
                  // keys of their own: nothing an earlier run left is read
                  redis: { client: { namespace: `test-${randomUUID()}` } },
                },
              },
              catalog: exampleCatalogConfig(),
              persona: { index: { refreshInterval: { seconds: 1 } } },
            },
          }),
        ],
      });
      await waitForCompleteIndex(
        backend.server,
        mockCredentials.user.header(),
        view =>
          view.holders?.length === 3 && view.components.builds.length === 5,
      );
    });

    afterAll(() => backend?.stop());

    /** A GET whose answer must be what openapi.yaml documents. */
    const get = async (path: string, schema: string) => {
      const res = await request(backend.server)
        .get(`/api/persona/v1${path}`)
        .set('Authorization', mockCredentials.user.header());
      expect(
        openApiProblems(res.status === 200 ? schema : 'Error', res.body),
      ).toEqual([]);
      return res;
    };
    const view = (ref: string) => get(`/views/by-name/${ref}`, 'PersonaView');

    const compactHolder = (body: any) =>
      body.personas.map((p: any) => [
        p.persona.ref,
        p.sources.map((s: any) =>
          [s.type, s.group, s.from].filter(Boolean).join(' '),
        ),
        Object.fromEntries(
          Object.entries(p.components).map(([mode, list]: [string, any]) => [
            mode,
            list.map((c: any) => c.ref),
          ]),
        ),
      ]);

    it('answers the view of the platform team', async () => {
      const res = await view('group/default/platform-team');
      expect(res.status).toBe(200);
      expect(res.body.type).toBe('holder');
      expect(compactHolder(res.body)).toEqual([
        [
          'persona:default/anthos-platform-team',
          ['direct'],
          {
            builds: [
              'component:default/anthos-config-management',
              'component:default/anthos-policy-controller',
              'component:default/anthos-service-mesh',
              'resource:default/anthos-edge-onprem',
              'resource:default/anthos-prod-eu',
              'resource:default/anthos-prod-us',
              'resource:default/anthos-staging',
              'resource:default/platform-databases',
              'resource:default/platform-storage',
            ],
            enables: ['system:default/anthos-platform'],
            consumes: [],
          },
        ],
        [
          'persona:default/cncf-platform-builder',
          ['direct'],
          {
            builds: [
              'component:default/anthos-policy-controller',
              'system:default/developer-platform',
            ],
            enables: [],
            consumes: [],
          },
        ],
      ]);
      const platformTeam = res.body.personas[0];
      expect(
        platformTeam.persona.responsibilities.map((r: any) => r.id),
      ).toContain('cluster-management');
      expect(Date.parse(res.body.meta.indexBuiltAt)).toBeLessThanOrEqual(
        Date.now(),
      );
      expect(res.body.meta.indexEntityCount).toBeGreaterThan(80);
    });

    it('sends a kept gzip answer to callers who may read everything, the same as the plain one', async () => {
      const path = '/api/persona/v1/views/by-name/group/default/platform-team';
      // node:http, since HTTP clients for tests decompress behind one's back
      const { port } = backend.server.address() as AddressInfo;
      const raw = (encoding: string) =>
        new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>(
          (resolve, reject) => {
            http
              .get(
                `http://127.0.0.1:${port}${path}`,
                {
                  headers: {
                    authorization: mockCredentials.user.header(),
                    'accept-encoding': encoding,
                  },
                },
                res => {
                  const chunks: Buffer[] = [];
                  res.on('data', chunk => chunks.push(chunk));
                  res.on('end', () =>
                    resolve({
                      headers: res.headers,
                      body: Buffer.concat(chunks),
                    }),
                  );
                },
              )
              .on('error', reject);
          },
        );
      const zipped = await raw('gzip');
      const plain = await raw('identity');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
      expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    });

    it('narrows an inherited ownedByHolder selector to the sub-team', async () => {
      const res = await view('group/default/network-team');
      expect(compactHolder(res.body)[0]).toEqual([
        'persona:default/anthos-platform-team',
        ['inherited group:default/platform-team'],
        {
          builds: [
            'component:default/anthos-service-mesh',
            'resource:default/anthos-edge-onprem',
            'resource:default/platform-databases',
            'resource:default/platform-storage',
          ],
          enables: ['system:default/anthos-platform'],
          consumes: [],
        },
      ]);
    });

    it('answers the view of an application team', async () => {
      const res = await view('group/default/payments-team');
      expect(compactHolder(res.body)).toEqual([
        [
          'persona:default/anthos-application-developer',
          ['inherited group:default/application-teams'],
          {
            builds: ['component:default/payments-api'],
            enables: [],
            consumes: [
              'component:default/ci-cd-pipelines',
              'resource:default/anthos-edge-onprem',
              'resource:default/anthos-prod-eu',
              'resource:default/anthos-prod-us',
              'resource:default/anthos-staging',
            ],
          },
        ],
        [
          'persona:default/cncf-platform-consumer',
          ['inherited group:default/application-teams'],
          {
            builds: ['component:default/payments-api'],
            enables: [],
            consumes: [
              'component:default/golden-path-templates',
              'system:default/developer-platform',
            ],
          },
        ],
      ]);
    });

    it('answers the view of a user, directly and through membership', async () => {
      const res = await view('user/default/jane.doe');
      expect(compactHolder(res.body)).toEqual([
        [
          'persona:default/activiti-cloud-developer',
          [
            'direct',
            'membership group:default/connectors-team group:default/connectors-team',
          ],
          {
            builds: [
              'component:default/connector-email',
              'component:default/connector-salesforce',
              'component:default/connector-slack',
            ],
            enables: [],
            consumes: [
              'component:default/helm',
              'component:default/jenkins-x',
              'component:default/jhipster',
              'component:default/spring-cloud-kubernetes',
            ],
          },
        ],
      ]);
    });

    it('answers who builds, enables and consumes an Anthos cluster', async () => {
      const res = await view('resource/default/anthos-prod-eu');
      const roles = (mode: string) =>
        res.body.modes[mode].map((r: any) => [r.persona.ref, r.via, r.holders]);
      expect(roles('builds')).toEqual([
        [
          'persona:default/anthos-platform-team',
          ['selector'],
          ['group:default/platform-team'],
        ],
      ]);
      expect(roles('enables')).toEqual([]);
      expect(roles('consumes')).toEqual([
        [
          'persona:default/anthos-application-developer',
          ['selector'],
          ['group:default/application-teams'],
        ],
        [
          'persona:default/anthos-application-operator',
          ['selector'],
          ['group:default/sre-ops'],
        ],
      ]);
    });

    it('answers who builds and deploys an Activiti connector', async () => {
      const res = await view('component/default/connector-slack');
      const roles = (mode: string) =>
        res.body.modes[mode].map((r: any) => [r.persona.ref, r.via, r.holders]);
      expect(roles('builds')).toEqual([
        [
          'persona:default/activiti-cloud-developer',
          ['ref', 'selector'],
          [
            'group:default/connectors-team',
            'group:default/runtime-team',
            'user:default/jane.doe',
          ],
        ],
      ]);
      expect(roles('enables')).toEqual([
        [
          'persona:default/activiti-cloud-devops',
          ['selector'],
          ['group:default/devops'],
        ],
      ]);
    });

    it('answers the view of a persona with holders and member counts', async () => {
      const res = await view('persona/default/activiti-cloud-developer');
      expect(res.body.holders).toEqual([
        {
          ref: 'group:default/connectors-team',
          missing: false,
          memberCount: 1,
          directMemberCount: 1,
        },
        {
          ref: 'group:default/runtime-team',
          missing: false,
          memberCount: 1,
          directMemberCount: 1,
        },
        { ref: 'user:default/jane.doe', missing: false },
      ]);
      expect(
        res.body.components.builds.map((c: any) => [c.ref, c.appliesTo]),
      ).toEqual([
        ['component:default/connector-email', ['user:default/jane.doe']],
        [
          'component:default/connector-salesforce',
          ['group:default/connectors-team', 'user:default/jane.doe'],
        ],
        [
          'component:default/connector-slack',
          [
            'group:default/connectors-team',
            'group:default/runtime-team',
            'user:default/jane.doe',
          ],
        ],
        [
          'component:default/rb-invoice-approval',
          ['group:default/runtime-team'],
        ],
        [
          'component:default/rb-order-fulfilment',
          ['group:default/runtime-team'],
        ],
      ]);
    });

    it('answers coverage: the team × persona matrix and the gaps', async () => {
      const res = await get('/coverage', 'PersonaCoverage');
      expect(res.status).toBe(200);
      const cells = (group: string) =>
        res.body.teams.items
          .find((row: any) => row.group === group)
          ?.cells.map((c: any) =>
            [c.persona, c.direct ? 'direct' : '', ...c.inheritedFrom]
              .filter(Boolean)
              .join(' '),
          );
      expect(res.body.personas).toHaveLength(10);
      expect(cells('group:default/network-team')).toEqual([
        'persona:default/anthos-platform-team group:default/platform-team',
        'persona:default/cncf-platform-builder group:default/platform-team',
      ]);
      expect(cells('group:default/payments-team')).toEqual([
        'persona:default/anthos-application-developer group:default/application-teams',
        'persona:default/cncf-platform-consumer group:default/application-teams',
      ]);
      expect(res.body.personasWithoutHolder.items).toEqual([]);
      // The GPU cluster is no Anthos cluster: nobody builds or enables it.
      expect(res.body.uncoveredComponents).toEqual({
        items: [
          {
            ref: 'resource:default/ml-gpu-cluster',
            title: 'Data science GPU cluster',
            type: 'kubernetes-cluster',
            owners: ['group:default/data-science-team'],
          },
        ],
        total: 1,
        offset: 0,
        limit: 100,
      });
      // The root and the Activiti department hold nothing themselves.
      expect(res.body.groupsWithoutPersona.items).toEqual([
        'group:default/acme',
        'group:default/activiti-platform',
      ]);
    });

    it('pages coverage and keeps to one framework', async () => {
      const all = await get('/coverage', 'PersonaCoverage');
      const second = await get('/coverage?offset=2&limit=2', 'PersonaCoverage');
      expect(second.body.teams.total).toBe(all.body.teams.total);
      expect(second.body.teams.items).toEqual(all.body.teams.items.slice(2, 4));
      const activiti = await get(
        '/coverage?framework=activiti-cloud',
        'PersonaCoverage',
      );
      expect(activiti.body.personas.map((p: any) => p.ref)).toEqual([
        'persona:default/activiti-cloud-developer',
        'persona:default/activiti-cloud-devops',
      ]);
      expect(activiti.body.teams.items.map((row: any) => row.group)).toEqual([
        'group:default/connectors-team',
        'group:default/devops',
        'group:default/runtime-team',
      ]);
    });

    it.each([
      ['limit=0', /limit must be >= 1/],
      ['limit=501', /limit must be <= 500/],
      ['offset=-1', /offset must be >= 0/],
      ['limit=ten', /limit must be integer/],
    ])(
      'answers 400 naming the field for coverage?%s',
      async (query, message) => {
        const res = await get(`/coverage?${query}`, 'PersonaCoverage');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      },
    );

    it('refuses callers without credentials', async () => {
      const res = await request(backend.server).get(
        '/api/persona/v1/views/by-name/group/default/platform-team',
      );
      expect(res.status).toBe(401);
    });

    it.each([
      [
        'location/default/x',
        /kind must be equal to one of the allowed values: user, group, component/,
      ],
      ['group/Not_A_Namespace/x', /namespace must match pattern/],
      ['group/default/bad name!', /name must match pattern/],
    ])('answers 400 naming the field for %s', async (ref, message) => {
      const res = await view(ref);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(message);
    });

    it('validates Persona YAML, returning every problem with its position', async () => {
      const content = [
        'apiVersion: platform-personas.io/v1alpha1',
        'kind: Persona',
        'metadata: { name: p }',
        'spec:',
        '  type: builder',
        '  interaction: maybe',
        '  responsibilities: []',
      ].join('\n');
      const res = await request(backend.server)
        .post('/api/persona/v1/validate')
        .set('Authorization', mockCredentials.user.header())
        .send({ content });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        valid: false,
        documents: 1,
        personas: 1,
        problems: [
          {
            document: 0,
            path: '/spec/owner',
            message: 'is required',
            severity: 'error',
            line: 4,
            column: 1,
          },
          {
            document: 0,
            path: '/spec/interaction',
            message: 'must be one of: direct, indirect',
            severity: 'error',
            line: 6,
            column: 3,
          },
          {
            document: 0,
            path: '/spec/responsibilities',
            message: 'must list at least one item',
            severity: 'error',
            line: 7,
            column: 3,
          },
        ],
      });
    });

    it('answers 400 naming the field for a validate request without content', async () => {
      const res = await request(backend.server)
        .post('/api/persona/v1/validate')
        .set('Authorization', mockCredentials.user.header())
        .send({ yaml: 'kind: Persona' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /must have required property 'content'/,
      );
    });

    const interactionsOf = (body: any) =>
      body.interactions.map((i: any) => `${i.mode} ${i.from} → ${i.to}`);

    it('answers how the example teams interact, in every mode', async () => {
      const res = await get('/interactions', 'TeamInteractions');
      expect(res.status).toBe(200);
      expect(interactionsOf(res.body)).toEqual([
        'x-as-a-service group:default/platform-team → group:default/application-teams',
        'x-as-a-service group:default/platform-team → group:default/sre-ops',
        'facilitating group:default/devops → group:default/connectors-team',
        'facilitating group:default/devops → group:default/runtime-team',
        'collaboration group:default/connectors-team → group:default/runtime-team',
      ]);
      expect(res.body.interactions[0]).toEqual({
        mode: 'x-as-a-service',
        from: 'group:default/platform-team',
        to: 'group:default/application-teams',
        components: [
          'resource:default/anthos-edge-onprem',
          'resource:default/anthos-prod-eu',
          'resource:default/anthos-prod-us',
          'resource:default/anthos-staging',
        ],
        personas: [
          'persona:default/anthos-application-developer',
          'persona:default/anthos-platform-team',
        ],
      });
      const team = (ref: string) =>
        res.body.teams.find((t: any) => t.ref === ref);
      expect(team('group:default/platform-team')).toEqual({
        ref: 'group:default/platform-team',
        title: 'Platform Team',
        teamType: 'platform',
        teamTypeSource: 'inferred',
      });
      expect(team('group:default/devops').teamType).toBe('enabling');
      // holds a persona through platform-team, interacts with nobody
      expect(team('group:default/storage-team').teamType).toBe(
        'stream-aligned',
      );
    });

    it('keeps to the interactions of one group when asked', async () => {
      const res = await get(
        '/interactions?group=group%3Adefault%2Fdevops',
        'TeamInteractions',
      );
      expect(interactionsOf(res.body)).toEqual([
        'facilitating group:default/devops → group:default/connectors-team',
        'facilitating group:default/devops → group:default/runtime-team',
      ]);
      expect(res.body.teams.map((t: any) => t.ref)).toEqual([
        'group:default/connectors-team',
        'group:default/devops',
        'group:default/runtime-team',
      ]);
      const unknown = await get('/interactions?group=nobody', 'Error');
      expect(unknown.status).toBe(404);
    });

    it('answers the Team API of the platform team, as JSON and as Markdown', async () => {
      const res = await get(
        '/team-api/by-name/group/default/platform-team',
        'TeamApiDocument',
      );
      expect(res.status).toBe(200);
      expect(res.body.team.teamType).toBe('platform');
      expect(res.body.personas.map((p: any) => p.ref)).toEqual([
        'persona:default/anthos-platform-team',
        'persona:default/cncf-platform-builder',
      ]);
      expect(res.body.servicesProvided).toContainEqual(
        expect.objectContaining({
          ref: 'resource:default/anthos-prod-eu',
          consumers: [
            'group:default/application-teams',
            'group:default/sre-ops',
          ],
        }),
      );
      const markdown = await request(backend.server)
        .get('/api/persona/v1/team-api/by-name/group/default/platform-team')
        .query({ format: 'markdown' })
        .set('Authorization', mockCredentials.user.header());
      expect(markdown.headers['content-type']).toBe(
        'text/markdown; charset=utf-8',
      );
      expect(markdown.text).toMatch(/^# Platform Team — Platform team\n/);
      expect(markdown.text).toContain(
        '| Application Teams | x-as-a-service | provides |',
      );
    });

    it('answers 404 for the Team API of an unknown group, 400 for another kind', async () => {
      const unknown = await get('/team-api/by-name/group/default/nobody', '');
      expect(unknown.status).toBe(404);
      const component = await get(
        '/team-api/by-name/component/default/connector-slack',
        '',
      );
      expect(component.status).toBe(400);
    });

    it('answers the facts of the platform components, or of those asked for', async () => {
      const all = await get('/facts/components', 'PlatformComponentFacts');
      expect(all.body.items.map((f: any) => f.entityRef)).toContain(
        'resource:default/ml-gpu-cluster',
      );
      const res = await get(
        '/facts/components?entityRef=resource%3Adefault%2Fanthos-prod-eu&entityRef=component%3Adefault%2Fconnector-slack&entityRef=component%3Adefault%2Fno-such-thing',
        'PlatformComponentFacts',
      );
      expect(res.body.items).toEqual([
        {
          entityRef: 'component:default/connector-slack',
          hasBuilder: true,
          hasEnabler: true,
          hasConsumer: false,
          builderHolderCount: 3,
          onlyInherited: false,
        },
        {
          entityRef: 'resource:default/anthos-prod-eu',
          hasBuilder: true,
          hasEnabler: false,
          hasConsumer: true,
          builderHolderCount: 1,
          // platform-team builds it; platform-admins, below it, owns it
          onlyInherited: true,
        },
      ]);
    });

    it('answers 404 for an unknown entity', async () => {
      const res = await view('group/default/no-such-team');
      expect(res.status).toBe(404);
      expect(res.body.error.name).toBe('NotFoundError');
    });
  },
);
