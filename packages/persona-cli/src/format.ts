import { LintProblem, LintResult } from './types';

/**
 * Output formats of persona-lint.
 *
 * @public
 */
export const FORMATS = ['text', 'json'] as const;

/**
 * One of {@link FORMATS}.
 *
 * @public
 */
export type Format = (typeof FORMATS)[number];

function formatProblem(problem: LintProblem): string {
  const where =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}:${problem.column}`
      : problem.file;
  return `${where} ${problem.path} ${problem.message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The report of a run: in `text`, one `file:line:column path message` line
 * per problem (`file path message` when the text gives no position); in
 * `json`, the whole {@link LintResult} as one JSON object.
 *
 * @public
 */
export function formatReport(result: LintResult, format: Format): string {
  if (format === 'json') {
    return `${JSON.stringify(result, null, 2)}\n`;
  }
  return result.problems.map(p => `${formatProblem(p)}\n`).join('');
}

/**
 * The one-line summary of a run, for stderr.
 *
 * @public
 */
export function formatSummary(result: LintResult): string {
  const checked = [
    plural(result.files, 'file'),
    plural(result.personas, 'persona'),
    ...(result.refsChecked !== undefined
      ? [`${plural(result.refsChecked, 'ref')} looked up in the catalog`]
      : []),
  ].join(', ');
  const { problems } = result;
  if (!problems.length) {
    return `persona-lint: no problems (${checked})\n`;
  }
  const files = new Set(problems.map(p => p.file)).size;
  return `persona-lint: ${plural(problems.length, 'problem')} in ${plural(
    files,
    'file',
  )} (${checked})\n`;
}
