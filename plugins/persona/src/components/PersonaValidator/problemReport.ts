import {
  PersonaProblem,
  PersonaValidateResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaTranslate } from '../../translation';

/** Whether a problem leaves the Persona acceptable to the catalog. */
export function isWarning(problem: PersonaProblem): boolean {
  return problem.severity === 'warning';
}

/** Where a problem is, as `line:column`, or a dash when the text does not say. */
export function problemPosition(problem: PersonaProblem): string {
  if (problem.line === undefined) {
    return '—';
  }
  return `${problem.line}:${problem.column ?? 1}`;
}

/** The one-line summary of a validation, as the page shows it. */
export function validationSummary(
  result: PersonaValidateResponse,
  t: PersonaTranslate,
): string {
  const { problems, personas, documents } = result;
  const warnings = problems.filter(isWarning).length;
  if (problems.length > warnings) {
    const inDocuments = new Set(problems.map(p => p.document)).size;
    return t('validation.problemsSummary', {
      problems: t('validation.problemCount', { count: problems.length }),
      documents: t('validation.documentCount', { count: inDocuments }),
    });
  }
  if (warnings > 0) {
    return t('validation.validWithWarnings', {
      warnings: t('validation.warningCount', { count: warnings }),
      personas: t('validation.personaDocumentCount', { count: personas }),
    });
  }
  if (personas === 0) {
    return t('validation.noPersona', {
      documents: t('validation.documentCount', { count: documents }),
    });
  }
  const others = documents - personas;
  const personaDocuments = t('validation.personaDocumentCount', {
    count: personas,
  });
  if (others > 0) {
    return t('validation.validWithOthers', {
      personas: personaDocuments,
      others: t('validation.documentCount', { count: others }),
    });
  }
  return t('validation.valid', { personas: personaDocuments });
}

/**
 * The problems of a validation as plain text, one line each, to paste into a
 * review or an issue: document (from 1), `line:column`, JSON path, message.
 */
export function formatProblemReport(
  result: PersonaValidateResponse,
  t: PersonaTranslate,
): string {
  return [
    t('validation.reportTitle', { summary: validationSummary(result, t) }),
    ...result.problems.map(problem =>
      t('validation.reportLine', {
        document: String(problem.document + 1),
        position: problemPosition(problem),
        path: problem.path,
        message: problem.message,
      }),
    ),
  ].join('\n');
}
