import fs from 'node:fs';
import {
  listPersonaRefFields,
  PersonaTextRefField,
  validatePersonaText,
} from '@platform-personas/backstage-plugin-persona-node';
import { UsageError } from './errors';
import { LintProblem } from './types';

/**
 * What one file holds: its counts, its problems, and (when asked for) the
 * ref fields of its valid personas, for the catalog check.
 */
export type FileLint = {
  documents: number;
  personas: number;
  problems: LintProblem[];
  refFields: PersonaTextRefField[];
};

/**
 * Reads a file and validates every Persona document in it with
 * `validatePersonaText`; documents of other kinds are skipped, a document
 * whose YAML is broken is reported whatever its kind. `file` is the name
 * that the problems carry.
 */
export function lintFile(
  absolutePath: string,
  file: string,
  options: { refs: boolean },
): FileLint {
  let text: string;
  try {
    text = fs.readFileSync(absolutePath, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot be read`, error);
  }
  const { documents, personas, problems } = validatePersonaText(text);
  const refFields = options.refs
    ? listPersonaRefFields(text, new Set(problems.map(p => p.document)))
    : [];
  return {
    documents,
    personas,
    problems: problems.map(
      ({ document, line, column, path, message, severity }) => ({
        file,
        document,
        ...(line !== undefined ? { line, column } : {}),
        path,
        message,
        severity: severity ?? 'error',
      }),
    ),
    refFields,
  };
}
