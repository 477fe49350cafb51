import { Command, Option } from 'commander';
import { UsageError } from './errors';
import { Format, FORMATS } from './format';
import { LintOptions } from './lint';
import { LintIo } from './types';
import { version } from '../package.json';

/**
 * The command line, parsed: what to lint and how to print it.
 *
 * @public
 */
export type ParsedCommandLine = LintOptions & { format: Format };

function catalogTarget(
  url: string | undefined,
  token: string | undefined,
  io: LintIo,
): LintOptions['catalog'] {
  if (url === undefined) {
    if (token !== undefined) {
      throw new UsageError('--token needs --catalog-url');
    }
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--catalog-url ${url} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--catalog-url ${url} is not an http(s) URL`);
  }
  return {
    url: url.replace(/\/+$/, ''),
    token: token || io.env.PERSONA_LINT_TOKEN || undefined,
  };
}

/**
 * Parses the arguments of persona-lint (without `node` and the script).
 * Throws the `CommanderError` of `commander` for help, version and bad
 * usage (after printing it to `io`), and a {@link UsageError} for an option
 * value that commander cannot check.
 *
 * @public
 */
export function parseCommandLine(
  args: string[],
  io: LintIo,
): ParsedCommandLine {
  const program = new Command('persona-lint')
    .description(
      'Validates the Persona entities of catalog files: every Persona document of every YAML or JSON file, with the line and column of each problem.',
    )
    .version(version)
    .argument(
      '<paths...>',
      'files, directories (every .yaml, .yml and .json file below) and globs',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(FORMATS)
        .default('text'),
    )
    .option(
      '--catalog-url <url>',
      'also report refs that this catalog does not know; the base URL of the catalog API, such as http://localhost:7007/api/catalog',
    )
    .option(
      '--token <token>',
      'the token to send to the catalog (default: $PERSONA_LINT_TOKEN)',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run persona-lint --help for usage)');
  program.parse(args, { from: 'user' });
  const opts = program.opts<{
    format: Format;
    catalogUrl?: string;
    token?: string;
  }>();
  return {
    operands: program.processedArgs[0] as string[],
    cwd: io.cwd,
    format: opts.format,
    catalog: catalogTarget(opts.catalogUrl, opts.token, io),
  };
}
