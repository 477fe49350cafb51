import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { permissionedCatalogFeatures } from '@internal/example-catalog';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { personaPlugin } from './plugin';
import {
  ADMIN,
  CONTRACTOR,
  JANE,
  NOBODY,
  refsIn,
  testPolicyModule,
} from './__testUtils__/testPolicy';
import { waitForCompleteIndex } from './__testUtils__/waitForCompleteIndex';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const TOOLS = [
  'persona.coverage-gaps',
  'persona.find-personas',
  'persona.get-responsibilities',
  'persona.validate-persona',
  'persona.who-is-responsible',
];
const COMPONENT_KINDS = ['component', 'resource', 'system', 'domain', 'api'];
const HOLDER_KINDS = ['user', 'group'];

type ToolResult = {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: any;
};

describe.each(databases.eachSupportedId())(
  'persona actions through a real MCP client, on %s',
  databaseId => {
    jest.setTimeout(240_000);
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let everything: string[];
    const clients = new Map<string, Client>();

    /** An MCP client of the backend's MCP endpoint, as `authorization`. */
    const clientOf = async (authorization: string) => {
      let client = clients.get(authorization);
      if (!client) {
        const { port } = backend.server.address() as AddressInfo;
        client = new Client({ name: 'persona-test', version: '1.0.0' });
        await client.connect(
          new StreamableHTTPClientTransport(
            new URL(`http://localhost:${port}/api/mcp-actions/v1`),
            { requestInit: { headers: { Authorization: authorization } } },
          ),
        );
        clients.set(authorization, client);
      }
      return client;
    };
    const call = async (user: string, name: string, args: object) =>
      (await (
        await clientOf(mockCredentials.user.header(user))
      ).callTool({
        name: `persona.${name}`,
        arguments: args as any,
      })) as ToolResult;
    const text = (result: ToolResult) => result.content[0].text ?? '';

    /** What the catalog itself lets this user read. */
    const readableBy = async (user: string) => {
      const res = await request(backend.server)
        .get(
          '/api/catalog/entities?fields=kind,metadata.namespace,metadata.name',
        )
        .set('Authorization', mockCredentials.user.header(user));
      expect(res.status).toBe(200);
      return new Set<string>(res.body.map(stringifyEntityRef));
    };

    beforeAll(async () => {
      backend = await startTestBackend({
        features: permissionedCatalogFeatures({
          policy: testPolicyModule,
          features: [
            mockServices.database.factory({
              knex: await databases.init(databaseId),
            }),
            catalogModulePersona,
            personaPlugin,
            mcpActionsPlugin,
          ],
          config: {
            backend: { actions: { pluginSources: ['persona', 'catalog'] } },
            persona: { index: { refreshInterval: { seconds: 1 } } },
          },
        }),
      });
      await waitForCompleteIndex(
        backend.server,
        mockCredentials.user.header(ADMIN),
        view => view.components.builds.length === 5,
      );
      everything = [...(await readableBy(ADMIN))];
    });

    afterAll(async () => {
      await Promise.all([...clients.values()].map(c => c.close()));
      clients.clear();
      await backend?.stop();
    });

    it('lists the five persona tools, read-only, with their input schemas', async () => {
      const { tools } = await (
        await clientOf(mockCredentials.user.header(ADMIN))
      ).listTools();
      const persona = tools.filter(t => t.name.startsWith('persona.'));
      expect(persona.map(t => t.name).sort()).toEqual(TOOLS);
      // the catalog's own actions come along: both plugin sources answer
      expect(tools.some(t => t.name.startsWith('catalog.'))).toBe(true);
      const schemas = Object.fromEntries(
        persona.map(t => [
          t.name,
          {
            properties: Object.fromEntries(
              Object.entries(t.inputSchema.properties ?? {}).map(
                ([key, value]: [string, any]) => [key, value.type],
              ),
            ),
            required: t.inputSchema.required ?? [],
          },
        ]),
      );
      expect(schemas).toEqual({
        'persona.who-is-responsible': {
          properties: { entityRef: 'string' },
          required: ['entityRef'],
        },
        'persona.get-responsibilities': {
          properties: { entityRef: 'string' },
          required: [],
        },
        'persona.find-personas': {
          properties: {
            query: 'string',
            framework: 'string',
            type: 'string',
            limit: 'integer',
          },
          required: [],
        },
        'persona.coverage-gaps': {
          properties: { limit: 'integer', framework: 'string', type: 'string' },
          required: [],
        },
        'persona.validate-persona': {
          properties: { content: 'string' },
          required: ['content'],
        },
      });
      for (const tool of persona) {
        expect(tool.annotations).toMatchObject({
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
        });
        expect(tool.description!.length).toBeGreaterThan(200);
      }
    });

    it('answers who is responsible for the EU production cluster', async () => {
      const result = await call(ADMIN, 'who-is-responsible', {
        entityRef: 'resource:default/anthos-prod-eu',
      });
      expect(result.isError).toBeFalsy();
      const output = result.structuredContent;
      if (process.env.PRINT_MCP_EXAMPLE) {
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      }
      expect(JSON.parse(text(result))).toEqual(output);
      const roles = (mode: string) =>
        output.modes[mode].map((role: any) => [
          role.persona.ref,
          role.via,
          role.holders,
        ]);
      expect(output).toMatchObject({
        entityRef: 'resource:default/anthos-prod-eu',
        viewType: 'component',
      });
      expect(roles('builds')).toEqual([
        [
          'persona:default/anthos-platform-team',
          ['selector'],
          [{ ref: 'group:default/platform-team', title: 'Platform Team' }],
        ],
      ]);
      expect(roles('enables')).toEqual([]);
      expect(roles('consumes')).toEqual([
        [
          'persona:default/anthos-application-developer',
          ['selector'],
          [
            {
              ref: 'group:default/application-teams',
              title: 'Application Teams',
            },
          ],
        ],
        [
          'persona:default/anthos-application-operator',
          ['selector'],
          [{ ref: 'group:default/sre-ops', title: 'SRE / Ops' }],
        ],
      ]);
      // a bare name, resolved by the catalog, gives the same answer
      const byName = await call(ADMIN, 'who-is-responsible', {
        entityRef: 'anthos-prod-eu',
      });
      expect(byName.structuredContent).toEqual(output);
    });

    it('tells Jane nothing about a cluster she may not read, not even that it exists', async () => {
      const byRef = await call(JANE, 'who-is-responsible', {
        entityRef: 'resource:default/anthos-prod-eu',
      });
      const byMissingRef = await call(JANE, 'who-is-responsible', {
        entityRef: 'resource:default/no-such-cluster',
      });
      expect(byRef.isError).toBe(true);
      expect(text(byRef)).toBe(
        text(byMissingRef).replace('no-such-cluster', 'anthos-prod-eu'),
      );
      expect(text(byRef)).toMatch(/^NotFoundError: .*find-personas/);
      const byName = await call(JANE, 'who-is-responsible', {
        entityRef: 'anthos-prod-eu',
      });
      const byMissingName = await call(JANE, 'who-is-responsible', {
        entityRef: 'no-such-cluster',
      });
      expect(text(byName)).toBe(
        text(byMissingName).replace('no-such-cluster', 'anthos-prod-eu'),
      );
    });

    it('answers what Jane is responsible for, as she may see it', async () => {
      const result = await call(JANE, 'get-responsibilities', {});
      expect(result.isError).toBeFalsy();
      const { entityRef, title, personas } = result.structuredContent;
      expect([entityRef, title]).toEqual([JANE, 'Jane Doe']);
      expect(personas.map((p: any) => p.persona.ref)).toEqual([
        'persona:default/activiti-cloud-developer',
      ]);
      const [developer] = personas;
      expect(developer.held.map((h: any) => h.how)).toEqual([
        'direct',
        'membership',
      ]);
      expect(developer.responsibilities.map((r: any) => r.id)).toContain(
        'build-connectors',
      );
      expect(developer.components.builds.map((c: any) => c.ref)).toEqual([
        'component:default/connector-email',
        'component:default/connector-salesforce',
        'component:default/connector-slack',
      ]);
      // the tools she consumes belong to DevOps: she may not read them
      expect(developer.components.consumes).toEqual([]);
    });

    it('asks a service caller which user or team it means', async () => {
      const client = await clientOf(mockCredentials.service.header());
      const result = (await client.callTool({
        name: 'persona.get-responsibilities',
        arguments: {},
      })) as ToolResult;
      expect(result.isError).toBe(true);
      expect(text(result)).toMatch(/^InputError: entityRef is required/);
      const team = (await client.callTool({
        name: 'persona.get-responsibilities',
        arguments: { entityRef: 'group:default/platform-team' },
      })) as ToolResult;
      expect(team.structuredContent.title).toBe('Platform Team');
    });

    it.each([ADMIN, JANE])('finds who does IAM, for %s', async user => {
      const result = await call(user, 'find-personas', {
        query: 'who does IAM?',
      });
      const [first] = result.structuredContent.personas;
      expect(first).toMatchObject({
        ref: 'persona:default/anthos-platform-team',
        framework: 'anthos',
        matchedIn: ['responsibilities'],
        responsibilities: [{ id: 'iam-security', title: 'IAM and security' }],
        holders: [
          { ref: 'group:default/platform-team', title: 'Platform Team' },
        ],
      });
    });

    it('answers the coverage gaps, and hides from the contractor the cluster nobody builds', async () => {
      const admin = (await call(ADMIN, 'coverage-gaps', {})).structuredContent;
      expect(admin.uncoveredComponents).toEqual({
        total: 1,
        items: [
          {
            ref: 'resource:default/ml-gpu-cluster',
            title: 'Data science GPU cluster',
            type: 'kubernetes-cluster',
            owners: [
              {
                ref: 'group:default/data-science-team',
                title: expect.any(String),
              },
            ],
          },
        ],
      });
      expect(admin.groupsWithoutPersona.items.map((g: any) => g.ref)).toEqual([
        'group:default/acme',
        'group:default/activiti-platform',
      ]);
      expect(admin.personasWithoutHolder.total).toBe(0);
      expect(admin.personas).toBe(10);
      const contractor = (await call(CONTRACTOR, 'coverage-gaps', {}))
        .structuredContent;
      expect(contractor.uncoveredComponents).toEqual({ total: 0, items: [] });
      const nobody = (await call(NOBODY, 'coverage-gaps', {}))
        .structuredContent;
      expect([nobody.personas, nobody.groupsWithoutPersona.total]).toEqual([
        0, 0,
      ]);
    });

    it('validates Persona YAML: every problem with its place, refs looked up as the caller', async () => {
      const yaml = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: iam-reviewer
spec:
  type: 42
  owner: group:default/security-team
  holders: [group:default/ghosts]
  responsibilities:
    - id: review
      title: Review IAM policies
`;
      const result = (await call(JANE, 'validate-persona', { content: yaml }))
        .structuredContent;
      expect(result).toEqual({
        valid: false,
        documents: 1,
        personas: 1,
        problems: [
          {
            document: 0,
            path: '/spec/type',
            message: 'must be text, not a number',
            severity: 'error',
            line: 6,
            column: 3,
          },
        ],
      });
      const fixed = (
        await call(JANE, 'validate-persona', {
          content: yaml.replace('42', 'reviewer'),
        })
      ).structuredContent;
      expect(fixed.valid).toBe(true);
      expect(fixed.problems).toEqual([
        expect.objectContaining({
          path: '/spec/holders/0',
          severity: 'warning',
          line: 8,
        }),
      ]);
    });

    it.each([
      ['who-is-responsible', {}, /^InputError: Invalid entityRef: .*missing/],
      [
        'who-is-responsible',
        { entityRef: 7 },
        /^InputError: Invalid entityRef/,
      ],
      ['coverage-gaps', { limit: 0 }, /^InputError: Invalid limit: .*got 0/],
      ['find-personas', { query: ['iam'] }, /^InputError: Invalid query/],
      ['validate-persona', { content: '' }, /^InputError: Invalid content/],
      [
        'get-responsibilities',
        { entityRef: 'resource:default/anthos-prod-eu' },
        /^InputError: .*use who-is-responsible/,
      ],
    ])(
      'answers %s %j with an error naming the field',
      async (tool, args, message) => {
        const result = await call(ADMIN, tool, args);
        expect(result.isError).toBe(true);
        expect(text(result)).toMatch(message);
      },
    );

    it.each([JANE, CONTRACTOR, NOBODY])(
      'never names to %s an entity the catalog does not let them read',
      async user => {
        const readable = await readableBy(user);
        const all = new Set(everything);
        // A ref to nothing at all is the persona's own text, marked missing.
        const allowed = (ref: string) => readable.has(ref) || !all.has(ref);
        const leaks: string[] = [];
        const check = (what: string, result: ToolResult) =>
          refsIn(result.structuredContent ?? {}).forEach(
            ref => allowed(ref) || leaks.push(`${what} → ${ref}`),
          );
        /** The error for an entity that does not exist, with `ref` in its place. */
        const missing = new Map<string, string>();
        const errorForNothing = async (tool: string, ref: string) => {
          const kind = ref.split(':')[0];
          const nothing = `${kind}:default/no-such-entity`;
          if (!missing.has(`${tool} ${kind}`)) {
            const result = await call(user, tool, { entityRef: nothing });
            missing.set(`${tool} ${kind}`, text(result));
          }
          return missing.get(`${tool} ${kind}`)!.replaceAll(nothing, ref);
        };
        let answered = 0;
        for (const ref of everything) {
          const kind = ref.split(':')[0];
          const tool = HOLDER_KINDS.includes(kind)
            ? 'get-responsibilities'
            : (COMPONENT_KINDS.includes(kind) || kind === 'persona') &&
              'who-is-responsible';
          if (!tool) continue;
          const result = await call(user, tool, { entityRef: ref });
          expect([ref, !result.isError]).toEqual([ref, readable.has(ref)]);
          check(`${tool} ${ref}`, result);
          if (!result.isError) answered += 1;
          // an error says no more than for an entity that does not exist
          else if (text(result) !== (await errorForNothing(tool, ref))) {
            leaks.push(`${tool} ${ref}: ${text(result)}`);
          }
        }
        check(
          'find-personas',
          await call(user, 'find-personas', { limit: 50 }),
        );
        check(
          'coverage-gaps',
          await call(user, 'coverage-gaps', { limit: 500 }),
        );
        expect(leaks).toEqual([]);
        expect(answered).toBe(
          everything.filter(
            r =>
              readable.has(r) &&
              [...COMPONENT_KINDS, ...HOLDER_KINDS, 'persona'].includes(
                r.split(':')[0],
              ),
          ).length,
        );
      },
    );
  },
);
