import fs from 'node:fs';
import path from 'node:path';
import { glob, hasMagic } from 'glob';
import { UsageError } from './errors';

/** The files that directories and globs contribute. */
const LINTED_FILE = /\.(?:ya?ml|json)$/i;

/** Never descended into when a directory or glob is expanded. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const found = await glob(pattern, {
    cwd,
    absolute: true,
    nodir: true,
    dot: false,
    ignore: IGNORED,
    windowsPathsNoEscape: true,
  });
  return found.filter(file => LINTED_FILE.test(file));
}

/**
 * Expands the command line's operands into the absolute paths of the files
 * to lint, sorted and without duplicates: a file is taken as it is, a
 * directory contributes every `.yaml`, `.yml` and `.json` file below it
 * (outside `node_modules` and `.git`), and anything else is a glob whose
 * matches of those extensions are taken. An operand that matches no file is
 * a {@link UsageError}.
 *
 * @public
 */
export async function findFiles(
  operands: string[],
  cwd: string,
): Promise<string[]> {
  const files = new Set<string>();
  for (const operand of operands) {
    const absolute = path.resolve(cwd, operand);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    let found: string[];
    if (stat?.isFile()) {
      found = [absolute];
    } else if (stat?.isDirectory()) {
      found = await expand('**/*', absolute);
      if (!found.length) {
        throw new UsageError(
          `${operand}: the directory holds no .yaml, .yml or .json file`,
        );
      }
    } else if (hasMagic(operand, { windowsPathsNoEscape: true })) {
      found = await expand(operand, cwd);
      if (!found.length) {
        throw new UsageError(
          `${operand}: the glob matches no .yaml, .yml or .json file`,
        );
      }
    } else {
      throw new UsageError(`${operand}: no such file or directory`);
    }
    found.forEach(file => files.add(path.normalize(file)));
  }
  return [...files].sort();
}
