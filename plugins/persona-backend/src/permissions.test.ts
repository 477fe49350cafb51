import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { permissionedCatalogFeatures } from '@internal/example-catalog';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import request from 'supertest';
import { personaPlugin } from './plugin';
import {
  ADMIN,
  CONTRACTOR,
  GUEST,
  JANE,
  NOBODY,
  refsIn,
  testPolicyModule,
} from './__testUtils__/testPolicy';
import { waitForCompleteIndex } from './__testUtils__/waitForCompleteIndex';

const VIEW_KINDS = [
  'user',
  'group',
  'component',
  'resource',
  'system',
  'api',
  'persona',
];

describe('persona backend under a real permission policy', () => {
  jest.setTimeout(180_000);
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let everything: string[];

  const as = (user: string, path: string) =>
    request(backend.server)
      .get(path)
      .set('Authorization', mockCredentials.user.header(user));

  /** What the catalog itself lets this user read. */
  const readableBy = async (user: string) => {
    const res = await as(
      user,
      '/api/catalog/entities?fields=kind,metadata.namespace,metadata.name',
    );
    expect(res.status).toBe(200);
    return new Set<string>(res.body.map(stringifyEntityRef));
  };

  beforeAll(async () => {
    backend = await startTestBackend({
      features: permissionedCatalogFeatures({
        policy: testPolicyModule,
        features: [catalogModulePersona, personaPlugin],
        config: { persona: { index: { refreshInterval: { seconds: 1 } } } },
      }),
    });
    await waitForCompleteIndex(
      backend.server,
      mockCredentials.user.header(ADMIN),
      view => view.components.builds.length === 5,
    );
    everything = [...(await readableBy(ADMIN))];
  });

  afterAll(() => backend?.stop());

  it.each([JANE, CONTRACTOR, GUEST, NOBODY, ADMIN])(
    'never names an entity that %s may not read, in any view, coverage, interactions, Team API or facts',
    async user => {
      const readable = await readableBy(user);
      const all = new Set(everything);
      // A ref to nothing at all is the persona's own text, marked missing.
      const allowed = (ref: string) => readable.has(ref) || !all.has(ref);
      const leaks: string[] = [];
      let answered = 0;
      for (const ref of everything) {
        const kind = ref.split(':')[0];
        if (!VIEW_KINDS.includes(kind)) continue;
        const res = await as(
          user,
          `/api/persona/v1/views/by-name/${ref.replace(':', '/')}`,
        );
        expect([200, 404]).toContain(res.status);
        expect(res.status === 200).toBe(readable.has(ref));
        if (res.status === 200) answered += 1;
        refsIn(res.body).forEach(
          r => allowed(r) || leaks.push(`${ref} → ${r}`),
        );
      }
      const coverage = await as(user, '/api/persona/v1/coverage?limit=500');
      expect(coverage.status).toBe(200);
      refsIn(coverage.body).forEach(
        r => allowed(r) || leaks.push(`coverage → ${r}`),
      );
      for (const path of ['interactions', 'facts/components']) {
        const res = await as(user, `/api/persona/v1/${path}`);
        expect(res.status).toBe(200);
        refsIn(res.body).forEach(
          r => allowed(r) || leaks.push(`${path} → ${r}`),
        );
      }
      for (const ref of everything.filter(r => r.startsWith('group:'))) {
        const res = await as(
          user,
          `/api/persona/v1/team-api/by-name/${ref.replace(':', '/')}`,
        );
        expect(res.status).toBe(readable.has(ref) ? 200 : 404);
        refsIn(res.body).forEach(
          r => allowed(r) || leaks.push(`team API of ${ref} → ${r}`),
        );
      }
      expect(leaks).toEqual([]);
      expect(answered).toBe(
        everything.filter(
          r => readable.has(r) && VIEW_KINDS.includes(r.split(':')[0]),
        ).length,
      );
    },
  );

  it('shows Jane what she may read: her connectors, none of the tools she consumes', async () => {
    const res = await as(
      JANE,
      '/api/persona/v1/views/by-name/user/default/jane.doe',
    );
    expect(res.status).toBe(200);
    const [developer] = res.body.personas;
    expect(developer.persona.ref).toBe(
      'persona:default/activiti-cloud-developer',
    );
    expect(developer.components.builds.map((c: any) => c.ref)).toEqual([
      'component:default/connector-email',
      'component:default/connector-salesforce',
      'component:default/connector-slack',
    ]);
    expect(developer.components.consumes).toEqual([]);
  });

  it('shows the contractor the platform team without a single cluster', async () => {
    const admin = await as(
      ADMIN,
      '/api/persona/v1/views/by-name/group/default/platform-team',
    );
    const contractor = await as(
      CONTRACTOR,
      '/api/persona/v1/views/by-name/group/default/platform-team',
    );
    const builds = (body: any) =>
      body.personas[0].components.builds.map((c: any) => c.ref);
    expect(builds(admin.body)).toContain('resource:default/anthos-prod-eu');
    expect(builds(contractor.body)).toEqual(
      builds(admin.body).filter((ref: string) => !ref.startsWith('resource:')),
    );
    const coverage = await as(CONTRACTOR, '/api/persona/v1/coverage');
    // The GPU cluster is a gap, but the contractor may not know it exists.
    expect(coverage.body.uncoveredComponents.total).toBe(0);
  });

  it('shows the guest no interaction with the connectors team they may not read', async () => {
    const admin = await as(ADMIN, '/api/persona/v1/interactions');
    const guest = await as(GUEST, '/api/persona/v1/interactions');
    const connectors = 'group:default/connectors-team';
    const involves = (body: any) =>
      body.interactions.filter(
        (i: any) => i.from === connectors || i.to === connectors,
      );
    expect(involves(admin.body).length).toBeGreaterThan(0);
    expect(involves(guest.body)).toEqual([]);
    expect(guest.body.teams.map((t: any) => t.ref)).not.toContain(connectors);
    expect(guest.body.teams.map((t: any) => t.ref)).toContain(
      'group:default/runtime-team',
    );
    const teamApi = await as(
      GUEST,
      '/api/persona/v1/team-api/by-name/group/default/connectors-team',
    );
    expect(teamApi.status).toBe(404);
    // connector-slack loses the connectors team among its builders
    const facts = async (user: string) =>
      (
        await as(
          user,
          '/api/persona/v1/facts/components?entityRef=component:default/connector-slack',
        )
      ).body.items[0].builderHolderCount;
    expect(await facts(GUEST)).toBe((await facts(ADMIN)) - 1);
  });

  it('answers a caller denied everything with 404s and an empty coverage', async () => {
    const coverage = await as(NOBODY, '/api/persona/v1/coverage');
    expect(coverage.body.personas).toEqual([]);
    expect(coverage.body.teams.total).toBe(0);
    expect(coverage.body.groupsWithoutPersona.total).toBe(0);
    const view = await as(
      NOBODY,
      '/api/persona/v1/views/by-name/group/default/platform-team',
    );
    expect(view.status).toBe(404);
  });
});
