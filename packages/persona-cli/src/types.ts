/**
 * One problem that persona-lint reports: the file (as shown, relative to the
 * working directory), the document of that file (from 0), the 1-based line
 * and column where the text has them, the JSON pointer of the field
 * (`<root>` for the document itself), what is wrong, and how bad it is: an
 * `error` makes the catalog refuse the Persona, a `warning` (a ref the
 * catalog does not know, with `--catalog-url`) does not. Both fail the run.
 *
 * @public
 */
export type LintProblem = {
  file: string;
  document: number;
  line?: number;
  column?: number;
  path: string;
  message: string;
  severity: 'error' | 'warning';
};

/**
 * What a run of persona-lint found.
 *
 * @public
 */
export type LintResult = {
  /** The files read. */
  files: number;
  /** The YAML/JSON documents in those files. */
  documents: number;
  /** The documents of kind Persona. */
  personas: number;
  /** The distinct refs asked of the catalog; undefined without `--catalog-url`. */
  refsChecked?: number;
  /** Every problem, ordered by file, line and column. */
  problems: LintProblem[];
};

/**
 * Where the command line reads and writes; each defaults to the process's
 * own, and tests pass their own.
 *
 * @public
 */
export type LintIo = {
  /** The directory that relative paths and globs start from. */
  cwd: string;
  /** The environment, for `PERSONA_LINT_TOKEN`. */
  env: Record<string, string | undefined>;
  /** Receives the report. */
  stdout: (text: string) => void;
  /** Receives the summary, usage errors and help. */
  stderr: (text: string) => void;
};
