import {
  assertNoPrototypePollution,
  HANG_BOUND_MS,
  HOSTILE_NUM_RUNS,
  hostileSeed,
  errorNamesOneOf,
  feedCorpusToEntityCheck,
  hostileCorpus,
  isProblemPath,
  malformedPersonaArbitrary,
  prototypeKeys,
  readLikeTheCatalog,
  timed,
  validPersonaArbitrary,
  validPersonaEntity,
  validPersonaText,
} from '@internal/persona-hostile-corpus';
import fc from 'fast-check';
import { Entity } from '@backstage/catalog-model';
import { personaEntityV1alpha1Validator } from '@platform-personas/backstage-plugin-persona-common';
import { validatePersonaText } from './validatePersonaText';

const seed = hostileSeed('persona-common');
/**
 * The hostile input suite of the validator and the kind validator: the fixed
 * corpus and generated malformed Personas (see @internal/persona-hostile-corpus).
 * Every document must be rejected with a path, in bounded time (HANG_BOUND_MS
 * is a hang detector, not a performance target), without polluting a
 * prototype, and valid Personas must still pass afterwards.
 */

/** Why a validatePersonaText result does not reject a case, or undefined. */
function textVerdict(text: string, paths: string[], ms: number) {
  const { problems } = validatePersonaText(text);
  if (ms > HANG_BOUND_MS) return `took ${Math.round(ms)} ms`;
  if (problems.length === 0) return 'accepted';
  const pathless = problems.filter(
    p => !isProblemPath(p.path) || typeof p.message !== 'string',
  );
  if (pathless.length)
    return `problems without a path: ${JSON.stringify(pathless)}`;
  if (!problems.some(p => paths.includes(p.path))) {
    return `none of ${paths.join(', ')} in ${problems
      .map(p => p.path)
      .join(', ')}`;
  }
  return undefined;
}

/** What the kind validator does with an entity: 'true', 'false' or the error message. */
async function checkEntity(entity: unknown) {
  try {
    return String(await personaEntityV1alpha1Validator.check(entity as Entity));
  } catch (error) {
    return error instanceof TypeError
      ? `throws ${error.message}`
      : `throws a ${(error as Error)?.constructor?.name}: ${error}`;
  }
}

describe('hostile Persona documents', () => {
  const prototypesBefore = prototypeKeys();

  afterEach(() => assertNoPrototypePollution(prototypesBefore));

  it('validatePersonaText rejects every case of the fixed corpus with a path', () => {
    const failures: string[] = [];
    for (const { name, text, paths } of hostileCorpus) {
      const started = performance.now();
      validatePersonaText(text);
      const verdict = textVerdict(text, paths, performance.now() - started);
      if (verdict) failures.push(`${name}: ${verdict}`);
    }
    expect(failures).toEqual([]);
  });

  it('the kind validator rejects every case of the fixed corpus that a catalog reads', async () => {
    const { failures, reached, readable } = await feedCorpusToEntityCheck(
      readLikeTheCatalog,
      checkEntity,
    );
    expect(failures).toEqual([]);
    expect(reached).toBe(readable);
  });

  it('rejects generated malformed Personas with the path the mutation breaks', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        malformedPersonaArbitrary(),
        async ({ text, entity, paths }) => {
          runs += 1;
          const { ms } = await timed(() => validatePersonaText(text));
          expect(textVerdict(text, paths, ms)).toBeUndefined();

          const outcome = await checkEntity(JSON.parse(JSON.stringify(entity)));
          expect([
            outcome.slice(0, 300),
            errorNamesOneOf(outcome.replace(/^throws /, ''), paths),
          ]).toEqual([outcome.slice(0, 300), true]);
        },
      ),
      { seed, numRuns: HOSTILE_NUM_RUNS },
    );
    expect(runs).toBe(HOSTILE_NUM_RUNS);
  });

  it('still accepts valid Personas after the hostile batches', async () => {
    expect(validatePersonaText(validPersonaText).problems).toEqual([]);
    expect(await checkEntity(validPersonaEntity())).toBe('true');
    fc.assert(
      fc.property(validPersonaArbitrary(), entity => {
        expect(validatePersonaText(JSON.stringify(entity)).problems).toEqual(
          [],
        );
      }),
      { seed, numRuns: 50 },
    );
  });

  it('accepts, as every catalog does, a javascript: URL in metadata.links: Backstage owns that field and its Link refuses to render such URLs', () => {
    const text = validPersonaText.replace(
      '  title: Hostile Persona\n',
      '  title: Hostile Persona\n  links:\n    - url: "javascript:alert(1)"\n',
    );
    expect(validatePersonaText(text).problems).toEqual([]);
  });
});
