import { CustomErrorBase } from '@backstage/errors';

/**
 * The exit codes of persona-lint.
 *
 * @public
 */
export const EXIT_CODES = {
  /** Every file is clean. */
  clean: 0,
  /** At least one problem was reported. */
  problems: 1,
  /** The command line or the environment is wrong: nothing was linted. */
  usage: 2,
} as const;

/**
 * The command line asks for something that cannot be done: a path or glob
 * that matches nothing, a bad option value, a file that cannot be read.
 * Exits with {@link EXIT_CODES}.usage.
 *
 * @public
 */
export class UsageError extends CustomErrorBase {
  name = 'UsageError' as const;
}

/**
 * The catalog named by `--catalog-url` could not answer: unreachable, a
 * refused token, or not a catalog. Exits with {@link EXIT_CODES}.usage, as
 * no ref could be checked.
 *
 * @public
 */
export class CatalogUnavailableError extends CustomErrorBase {
  name = 'CatalogUnavailableError' as const;
}
