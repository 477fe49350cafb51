import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';

/** How a line of the text is marked: its worst problem, and what they say. */
export type ProblemLine = {
  /** 1-based. */
  line: number;
  severity: 'error' | 'warning';
  /** The messages of the line's problems, one a line, for a tooltip. */
  title: string;
};

/**
 * The lines of a text that have a problem, in order: an error outweighs a
 * warning on the same line. Problems without a line, or past the end of
 * the text (an answer to an older text), mark nothing.
 */
export function problemLines(
  problems: ReadonlyArray<PersonaProblem>,
  lineCount: number,
): ProblemLine[] {
  const lines = new Map<number, ProblemLine>();
  for (const problem of problems) {
    const { line } = problem;
    if (line === undefined || line < 1 || line > lineCount) continue;
    const severity = problem.severity ?? 'error';
    const text = `${problem.path} ${problem.message}`;
    const seen = lines.get(line);
    if (!seen) {
      lines.set(line, { line, severity, title: text });
    } else {
      seen.title = `${seen.title}\n${text}`;
      if (severity === 'error') seen.severity = 'error';
    }
  }
  return [...lines.values()].sort((a, b) => a.line - b.line);
}
