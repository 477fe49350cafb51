import { hostileCorpus } from './corpus';
import { errorNamesOneOf, HANG_BOUND_MS, timed } from './support';

/** How a reader turns a text into the entities a check gets, or why it refuses it. */
export type CorpusReader<TEntity> = (
  text: string,
) => { entities: TEntity[] } | { rejected: string };

/**
 * Feeds every case of the fixed corpus through a reader and an entity check
 * (a kind validator or a processor) whose outcome is `'true'`, `'false'` or
 * `'throws <message>'`. A case fails when the reader refuses a text it
 * should read, when the check does not decline a case marked
 * `processor-declines`, when it does not throw an error naming one of the
 * case's paths otherwise, or when it takes longer than {@link HANG_BOUND_MS}.
 */
export async function feedCorpusToEntityCheck<TEntity>(
  read: CorpusReader<TEntity>,
  check: (entity: TEntity) => Promise<string>,
): Promise<{ failures: string[]; reached: number; readable: number }> {
  const failures: string[] = [];
  let reached = 0;
  for (const { name, text, paths, fate } of hostileCorpus) {
    const result = read(text);
    if ('rejected' in result) {
      if (fate !== 'reader-rejects') {
        failures.push(`${name}: the reader rejects it: ${result.rejected}`);
      }
      continue;
    }
    for (const entity of result.entities) {
      reached += 1;
      const { value: outcome, ms } = await timed(() => check(entity));
      const rejected =
        fate === 'processor-declines'
          ? outcome === 'false'
          : outcome.startsWith('throws ') &&
            errorNamesOneOf(outcome.slice('throws '.length), paths);
      if (!rejected || ms > HANG_BOUND_MS) {
        failures.push(
          `${name} (${fate}): ${outcome.slice(0, 200)} in ${Math.round(ms)} ms`,
        );
      }
    }
  }
  const readable = hostileCorpus.filter(c => c.fate !== 'reader-rejects');
  return { failures, reached, readable: readable.length };
}
