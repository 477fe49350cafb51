import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import searchPlugin from '@backstage/plugin-search-backend';
import {
  permissionedCatalogFeatures,
  waitFor,
} from '@internal/example-catalog';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import request from 'supertest';
import { PersonaDocument } from './collators';
import searchModulePersona from './index';
import {
  ADMIN,
  DENIED,
  JANE,
  personaSearchTestPolicyModule,
} from './__testUtils__/personaSearchTestPolicyModule';

type Result = { type: string; document: PersonaDocument };

describe('the persona collator in a search backend with the example catalog', () => {
  jest.setTimeout(180_000);
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  const query = (user: string, term: string) =>
    request(backend.server)
      .get('/api/search/query')
      .query({ term, pageLimit: 100 })
      .set('Authorization', mockCredentials.user.header(user));

  const search = async (user: string, term: string): Promise<Result[]> => {
    const res = await query(user, term);
    expect(res.status).toBe(200);
    return res.body.results;
  };

  beforeAll(async () => {
    backend = await startTestBackend({
      features: permissionedCatalogFeatures({
        policy: personaSearchTestPolicyModule,
        features: [catalogModulePersona, searchPlugin, searchModulePersona],
        config: {
          search: {
            collators: {
              persona: {
                schedule: {
                  frequency: { seconds: 1 },
                  timeout: { minutes: 1 },
                  initialDelay: { seconds: 0 },
                },
              },
            },
            // a slow machine must not cut the filtered results short
            permissions: { queryLatencyBudgetMs: 30_000 },
          },
        },
      }),
    });
  });

  afterAll(() => backend?.stop());

  it('finds the Anthos platform persona by a responsibility, with its holders', async () => {
    // the catalog processes in the background: wait until a collation saw
    // the title of the persona's holder and a selector match (the search
    // backend answers 500 until a collation has found a Persona)
    const [top]: Result[] = await waitFor(
      'the Anthos platform persona with its holder in search',
      async () => {
        const res = await query(ADMIN, 'IAM');
        if (res.body.error?.name === 'MissingIndexError') return undefined;
        expect(res.status).toBe(200);
        const document: PersonaDocument | undefined =
          res.body.results[0]?.document;
        return document?.holders[0]?.title === 'Platform Team' &&
          document.builds.includes('Anthos production cluster (EU)')
          ? res.body.results
          : undefined;
      },
      120_000,
    );
    expect(top.type).toBe('persona');
    expect(top.document).toMatchObject({
      title: 'Platform team',
      location: '/catalog/default/persona/anthos-platform-team/',
      entityRef: 'persona:default/anthos-platform-team',
      framework: 'anthos',
      personaType: 'builder',
      holders: [{ ref: 'group:default/platform-team', title: 'Platform Team' }],
      enables: ['CloudApp Kubernetes Enterprise (Anthos)'],
    });
    // explicit refs and selector matches (clusters owned by sub-groups)
    expect(top.document.builds).toEqual(
      expect.arrayContaining(['Managed databases', 'Anthos staging cluster']),
    );
    expect(top.document.text).toContain('IAM and security.');
    expect(top.document.responsibilities).toContainEqual({
      title: 'IAM and security',
    });
  });

  it('shows no persona to a user who may not read Personas', async () => {
    await waitFor('persona documents', async () =>
      (await search(ADMIN, 'IAM')).length ? true : undefined,
    );
    expect(await search(DENIED, 'IAM')).toEqual([]);
    expect(await search(DENIED, 'platform')).toEqual([]);
  });

  it('shows a user the personas they may read, and only those', async () => {
    const everything = await search(ADMIN, 'cloud');
    const frameworks = new Set(everything.map(r => r.document.framework));
    expect(frameworks).toContain('activiti-cloud');
    expect(frameworks.size).toBeGreaterThan(1);
    const janes = await search(JANE, 'cloud');
    expect(janes.map(r => r.document.entityRef)).toEqual(
      everything
        .filter(r => r.document.framework === 'activiti-cloud')
        .map(r => r.document.entityRef),
    );
  });
});
