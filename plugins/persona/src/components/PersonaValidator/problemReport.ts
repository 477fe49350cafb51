import {
  PersonaProblem,
  PersonaValidateResponse,
} from '@platform-personas/backstage-plugin-persona-common';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Where a problem is, as `line:column`, or a dash when the text does not say. */
export function problemPosition(problem: PersonaProblem): string {
  if (problem.line === undefined) {
    return '—';
  }
  return `${problem.line}:${problem.column ?? 1}`;
}

/** The one-line summary of a validation, as the page shows it. */
export function validationSummary(result: PersonaValidateResponse): string {
  const { problems, personas, documents } = result;
  if (problems.length > 0) {
    const inDocuments = new Set(problems.map(p => p.document)).size;
    return `${plural(problems.length, 'problem')} in ${plural(
      inDocuments,
      'document',
    )}`;
  }
  if (personas === 0) {
    return `No Persona document: ${plural(
      documents,
      'document',
    )} of other kinds`;
  }
  const others = documents - personas;
  return `Valid: ${plural(personas, 'Persona document')}${
    others > 0 ? ` (${plural(others, 'document')} of other kinds skipped)` : ''
  }`;
}

/**
 * The problems of a validation as plain text, one line each, to paste into a
 * review or an issue: document (from 1), `line:column`, JSON path, message.
 */
export function formatProblemReport(result: PersonaValidateResponse): string {
  return [
    `Persona validation: ${validationSummary(result)}`,
    ...result.problems.map(
      problem =>
        `document ${problem.document + 1}, ${problemPosition(problem)} ${
          problem.path
        }: ${problem.message}`,
    ),
  ].join('\n');
}
