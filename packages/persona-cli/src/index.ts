/**
 * persona-lint: the command line linter of Persona catalog files. The
 * `persona-lint` binary calls {@link main}; the other exports let a script
 * lint the same way.
 *
 * @packageDocumentation
 */

export { main } from './main';
export { lint } from './lint';
export type { LintOptions } from './lint';
export { findUnresolvedRefs } from './catalog';
export type { CatalogTarget } from './catalog';
export { findFiles } from './findFiles';
export { formatReport, formatSummary, FORMATS } from './format';
export type { Format } from './format';
export { parseCommandLine } from './command';
export type { ParsedCommandLine } from './command';
export { EXIT_CODES, UsageError, CatalogUnavailableError } from './errors';
export type { LintIo, LintProblem, LintResult } from './types';
