import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  assertNoPrototypePollution,
  HANG_BOUND_MS,
  HOSTILE_NUM_RUNS,
  hostileSeed,
  hostileCorpus,
  isProblemPath,
  malformedPersonaArbitrary,
  prototypeKeys,
  timed,
  validPersonaArbitrary,
  validPersonaText,
} from '@internal/persona-hostile-corpus';
import fc from 'fast-check';
import request from 'supertest';
import { personaPlugin } from './plugin';

const seed = hostileSeed('persona-backend');
/**
 * The hostile input suite of `POST /api/persona/v1/validate`, served by the
 * real plugin in a test backend: every malformed document is answered 200
 * with problems that each have a path (at least one the expected one), or
 * 413 with a clear error when its body is over the 1 MB limit; never 500,
 * always in bounded time (HANG_BOUND_MS is a hang detector, not a
 * performance target); no prototype polluted; valid documents still valid.
 */

/** The body limit of the route (express.json's `1mb`). */
const BODY_LIMIT = 1024 * 1024;

describe('POST /v1/validate with hostile documents', () => {
  jest.setTimeout(120_000);
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const prototypesBefore = prototypeKeys();

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        personaPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
  });
  afterAll(() => backend?.stop());

  afterEach(() => assertNoPrototypePollution(prototypesBefore));

  const validate = (body: unknown) =>
    request(backend.server)
      .post('/api/persona/v1/validate')
      .set('Authorization', mockCredentials.user.header())
      .send(body as object);

  /** Why the answer to a malformed document is wrong, or undefined. */
  function verdict(
    res: request.Response,
    content: string,
    paths: string[],
    ms: number,
  ) {
    if (ms > HANG_BOUND_MS) return `took ${Math.round(ms)} ms`;
    const size = Buffer.byteLength(JSON.stringify({ content }));
    if (size > BODY_LIMIT) {
      return res.status === 413 && typeof res.body.error?.message === 'string'
        ? undefined
        : `${size} bytes answered ${res.status} ${JSON.stringify(res.body)}`;
    }
    if (res.status !== 200) {
      return `answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
    }
    const { valid, problems } = res.body;
    if (valid !== false || !problems?.length) return 'answered valid';
    const pathless = problems.filter((p: any) => !isProblemPath(p.path));
    if (pathless.length) return `problems without a path: ${pathless}`;
    if (!problems.some((p: any) => paths.includes(p.path))) {
      return `none of ${paths.join(', ')} in ${problems
        .map((p: any) => p.path)
        .join(', ')}`;
    }
    return undefined;
  }

  it('answers every case of the fixed corpus with its problems, or 413 over the limit', async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const { name, text, paths } of hostileCorpus) {
      const { value: res, ms } = await timed(() => validate({ content: text }));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const wrong = verdict(res, text, paths, ms);
      if (wrong) failures.push(`${name}: ${wrong}`);
    }
    expect(failures).toEqual([]);
    expect(statuses.get(500)).toBeUndefined();
    expect(statuses.get(413)).toBeGreaterThan(0);
  });

  it('answers generated malformed Personas with the path the mutation breaks', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        malformedPersonaArbitrary(),
        async ({ text, paths, mutation }) => {
          runs += 1;
          const { value: res, ms } = await timed(() =>
            validate({ content: text }),
          );
          expect([mutation, verdict(res, text, paths, ms)]).toEqual([
            mutation,
            undefined,
          ]);
        },
      ),
      { seed, numRuns: HOSTILE_NUM_RUNS },
    );
    expect(runs).toBe(HOSTILE_NUM_RUNS);
  });

  it('answers hostile requests 400 or 413 with a clear error, never 500', async () => {
    const send = (body: string, type = 'application/json') =>
      request(backend.server)
        .post('/api/persona/v1/validate')
        .set('Authorization', mockCredentials.user.header())
        .set('Content-Type', type)
        .send(body);
    const answers = await Promise.all([
      send('{"content": "kind: Persona'),
      send('{"content": 42}'),
      send('{"content": {"__proto__": {"polluted": true}}}'),
      send('{"__proto__": {"polluted": true}, "constructor": {}}'),
      send('[]'),
      send('null'),
      send(''),
      send(validPersonaText, 'application/yaml'),
      send(JSON.stringify({ content: 'x'.repeat(BODY_LIMIT) })),
    ]);
    expect(
      answers.map(res => [
        res.status,
        res.body.error?.name,
        typeof res.body.error?.message,
      ]),
    ).toEqual([
      [400, expect.any(String), 'string'],
      [400, 'InputError', 'string'],
      [400, 'InputError', 'string'],
      [400, 'InputError', 'string'],
      [400, 'InputError', 'string'],
      [400, expect.any(String), 'string'],
      [400, 'InputError', 'string'],
      [400, 'InputError', 'string'],
      [413, expect.any(String), 'string'],
    ]);
  });

  it('still answers valid documents as valid after the hostile batches', async () => {
    const res = await validate({ content: validPersonaText });
    expect(res.status).toBe(200);
    // the catalog of this backend is empty: every ref is unknown, a warning
    expect(res.body).toMatchObject({ valid: true, documents: 1, personas: 1 });
    const errors = (body: any) =>
      body.problems.filter((p: any) => p.severity !== 'warning');
    expect(errors(res.body)).toEqual([]);
    expect(res.body.problems.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(validPersonaArbitrary(), async entity => {
        const answer = await validate({ content: JSON.stringify(entity) });
        expect([answer.body.valid, errors(answer.body)]).toEqual([true, []]);
      }),
      { seed, numRuns: 20 },
    );
  });
});
