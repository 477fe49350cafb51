import path from 'node:path';
import { unknownRefProblem } from '@platform-personas/backstage-plugin-persona-node';
import { CatalogTarget, findUnresolvedRefs } from './catalog';
import { findFiles } from './findFiles';
import { lintFile } from './lintFile';
import { LintProblem, LintResult } from './types';

/**
 * What to lint and how.
 *
 * @public
 */
export type LintOptions = {
  /** Files, directories and globs, as on the command line. */
  operands: string[];
  /** Where relative operands start, and what reported file names are relative to. */
  cwd: string;
  /** Also check that every ref resolves in this catalog. */
  catalog?: CatalogTarget;
};

/** Relative to the working directory when the file is below it. */
function displayName(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  const outside =
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative);
  return !relative || outside ? absolutePath : relative;
}

function byPosition(a: LintProblem, b: LintProblem): number {
  return (
    (a.file < b.file ? -1 : Number(a.file > b.file)) ||
    a.document - b.document ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/**
 * Lints every file that the operands name: the schema of each Persona
 * document and, with a catalog, the refs of each valid persona, which are
 * reported at the field that names them when the catalog does not know
 * them.
 *
 * @public
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const files = await findFiles(options.operands, options.cwd);
  const result: LintResult = {
    files: files.length,
    documents: 0,
    personas: 0,
    problems: [],
  };
  const refFields = [];
  for (const absolutePath of files) {
    const file = displayName(absolutePath, options.cwd);
    const found = lintFile(absolutePath, file, { refs: !!options.catalog });
    result.documents += found.documents;
    result.personas += found.personas;
    result.problems.push(...found.problems);
    refFields.push(...found.refFields.map(field => ({ file, ...field })));
  }
  if (options.catalog) {
    const refs = [...new Set(refFields.map(field => field.ref))].sort();
    const unresolved = await findUnresolvedRefs(options.catalog, refs);
    result.refsChecked = refs.length;
    for (const { file, ...field } of refFields) {
      // the same warning as the validator page and the validate endpoint
      if (unresolved.has(field.ref)) {
        const problem = unknownRefProblem(field);
        result.problems.push({
          file,
          ...problem,
          severity: problem.severity ?? 'warning',
        });
      }
    }
  }
  result.problems.sort(byPosition);
  return result;
}
