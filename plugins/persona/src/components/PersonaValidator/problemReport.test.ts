import { mockApis } from '@backstage/test-utils';
import { personaTranslationRef } from '../../translation';
import {
  formatProblemReport,
  problemPosition,
  validationSummary,
} from './problemReport';

const snapshot = mockApis.translation().getTranslation(personaTranslationRef);
if (!snapshot.ready) {
  throw new Error('the mock translation API is always ready');
}
const { t } = snapshot;

const problem = { document: 1, path: '<root>', message: 'bad indentation' };

describe('validationSummary', () => {
  it.each([
    [3, 3, [], 'Valid: 3 Persona documents'],
    [
      3,
      1,
      [],
      'Valid: 1 Persona document (2 documents of other kinds skipped)',
    ],
    [1, 0, [], 'No Persona document: 1 document of other kinds'],
    [
      3,
      2,
      [problem, { ...problem, document: 2 }, problem],
      '3 problems in 2 documents',
    ],
  ])(
    'sums up %i documents, %i Personas and %j as "%s"',
    (documents, personas, problems, summary) => {
      expect(
        validationSummary(
          {
            valid: problems.length === 0,
            documents,
            personas,
            problems,
          },
          t,
        ),
      ).toBe(summary);
    },
  );
});

describe('formatProblemReport', () => {
  it('writes a line per problem, documents counted from 1', () => {
    expect(
      formatProblemReport(
        {
          valid: false,
          documents: 2,
          personas: 1,
          problems: [
            { ...problem, line: 12, column: 4 },
            { document: 1, path: '/spec/type', message: 'must be string' },
          ],
        },
        t,
      ),
    ).toBe(
      [
        'Persona validation: 2 problems in 1 document',
        'document 2, 12:4 <root>: bad indentation',
        'document 2, — /spec/type: must be string',
      ].join('\n'),
    );
  });

  it('gives a position without a column the first column', () => {
    expect(problemPosition({ ...problem, line: 3 })).toBe('3:1');
  });
});
