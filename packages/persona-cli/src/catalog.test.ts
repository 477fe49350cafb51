import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePersona from '@platform-personas/backstage-plugin-catalog-backend-module-persona';
import { exampleCatalogConfig } from '@internal/example-catalog';
import { closedPort, waitForExamples } from './__testUtils__/catalogBackend';
import { examplesDir } from './__testUtils__/examples';
import { run } from './__testUtils__/run';

const dangling = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: dangling
spec:
  type: builder
  owner: group:default/nope
  holders:
    - group:default/platform-team
    - user:default/nobody
  responsibilities:
    - id: build
      title: Build
  builds:
    - component:default/helm
    - filter: { kind: Component }
    - missing-component
`;

/** The warning of persona-node's unknownRefProblem, which the validator page shows too. */
const unknown = (ref: string) =>
  `names ${ref}, which is unknown: the catalog holds no such entity (or none you may see). The catalog accepts the Persona, but this ref leads nowhere until the entity exists`;

describe('persona-lint --catalog-url against a real catalog backend', () => {
  jest.setTimeout(180_000);
  const mockDir = createMockDirectory();
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let catalogUrl: string;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        // requests without a token are anonymous, as in a real backend
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        catalogPlugin,
        catalogModulePersona,
        mockServices.rootConfig.factory({
          data: { catalog: exampleCatalogConfig() },
        }),
      ],
    });
    catalogUrl = `http://localhost:${backend.server.port()}/api/catalog`;
    await waitForExamples(catalogUrl);
  });

  afterAll(() => backend?.stop());

  const env = { PERSONA_LINT_TOKEN: mockCredentials.user.token() };

  it('finds every ref of the repository examples in the catalog', async () => {
    const result = await run(['--catalog-url', catalogUrl, examplesDir], {
      cwd: mockDir.path,
      env,
    });
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(
        /^persona-lint: no problems \(\d+ files, \d+ personas, \d+ refs looked up in the catalog\)\n$/,
      ),
    });
  });

  it('reports each ref that does not resolve at the field that names it', async () => {
    mockDir.setContent({ 'dangling.yaml': dangling });
    const found = await run(
      [
        '--catalog-url',
        `${catalogUrl}/`,
        '--token',
        env.PERSONA_LINT_TOKEN,
        'dangling.yaml',
      ],
      { cwd: mockDir.path },
    );
    expect(found).toEqual({
      code: 1,
      stdout: [
        `dangling.yaml:7:3 /spec/owner ${unknown('group:default/nope')}`,
        `dangling.yaml:10:7 /spec/holders/1 ${unknown('user:default/nobody')}`,
        `dangling.yaml:17:7 /spec/builds/2 ${unknown(
          'component:default/missing-component',
        )}`,
        '',
      ].join('\n'),
      stderr:
        'persona-lint: 3 problems in 1 file (1 file, 1 persona, 5 refs looked up in the catalog)\n',
    });
  });

  it('exits 2 when the catalog refuses the request', async () => {
    mockDir.setContent({ 'dangling.yaml': dangling });
    const withoutToken = await run(
      ['--catalog-url', catalogUrl, 'dangling.yaml'],
      { cwd: mockDir.path },
    );
    expect(withoutToken).toEqual({
      code: 2,
      stdout: '',
      stderr: `persona-lint: the catalog at ${catalogUrl} answered 401 Unauthorized (Missing credentials): pass a token the backend accepts with --token or PERSONA_LINT_TOKEN\n`,
    });
    const badToken = await run(['--catalog-url', catalogUrl, 'dangling.yaml'], {
      cwd: mockDir.path,
      env: { PERSONA_LINT_TOKEN: mockCredentials.user.invalidToken() },
    });
    expect(badToken.code).toBe(2);
    expect(badToken.stderr).toContain('401 Unauthorized');
  });

  it('exits 2 when --catalog-url is not the catalog API', async () => {
    mockDir.setContent({ 'dangling.yaml': dangling });
    const url = `http://localhost:${backend.server.port()}/api/nothing`;
    const result = await run(['--catalog-url', url, 'dangling.yaml'], {
      cwd: mockDir.path,
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `the catalog at ${url} answered 404 Not Found: check that --catalog-url is the base of the catalog API`,
    );
  });

  it('exits 2 when the catalog cannot be reached', async () => {
    mockDir.setContent({ 'dangling.yaml': dangling });
    const url = `http://127.0.0.1:${await closedPort()}/api/catalog`;
    const result = await run(['--catalog-url', url, 'dangling.yaml'], {
      cwd: mockDir.path,
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^persona-lint: cannot reach the catalog at ${url}: .*ECONNREFUSED`,
      ),
    );
  });
});
