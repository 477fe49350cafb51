import { CommanderError } from 'commander';
import { parseCommandLine } from './command';
import { CatalogUnavailableError, EXIT_CODES, UsageError } from './errors';
import { formatReport, formatSummary } from './format';
import { lint } from './lint';
import { LintIo } from './types';

const processIo = (): LintIo => ({
  cwd: process.cwd(),
  env: process.env,
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
});

/**
 * Runs persona-lint with the arguments of a command line (without `node`
 * and the script) and resolves to its exit code: {@link EXIT_CODES}.clean
 * when every file is clean, `problems` when a problem was reported, and
 * `usage` when the command line or the environment (an unreadable file, an
 * unreachable catalog) did not let it lint. It never exits the process.
 *
 * @public
 */
export async function main(
  args: string[],
  io: Partial<LintIo> = {},
): Promise<number> {
  const resolvedIo = { ...processIo(), ...io };
  try {
    const options = parseCommandLine(args, resolvedIo);
    const result = await lint(options);
    resolvedIo.stdout(formatReport(result, options.format));
    resolvedIo.stderr(formatSummary(result));
    return result.problems.length ? EXIT_CODES.problems : EXIT_CODES.clean;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has printed the help, the version or what is wrong
      return error.exitCode === 0 ? EXIT_CODES.clean : EXIT_CODES.usage;
    }
    if (
      error instanceof UsageError ||
      error instanceof CatalogUnavailableError
    ) {
      resolvedIo.stderr(`persona-lint: ${error.message}\n`);
      return EXIT_CODES.usage;
    }
    // A bug, not a wrong command line: the bin prints it with its stack
    throw error;
  }
}
