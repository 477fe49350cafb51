import { formatReport, formatSummary } from './format';
import { LintResult } from './types';

const result: LintResult = {
  files: 2,
  documents: 3,
  personas: 1,
  problems: [
    {
      file: 'a.yaml',
      document: 0,
      line: 3,
      column: 5,
      path: '/spec',
      message: 'is wrong',
      severity: 'error',
    },
    {
      file: 'b.yaml',
      document: 1,
      path: '<root>',
      message: 'Excessive alias count',
      severity: 'error',
    },
  ],
};

describe('format', () => {
  it('prints one line per problem, without a position when the text has none', () => {
    expect(formatReport(result, 'text')).toBe(
      'a.yaml:3:5 /spec is wrong\nb.yaml <root> Excessive alias count\n',
    );
    expect(JSON.parse(formatReport(result, 'json'))).toEqual(result);
    expect(formatReport({ ...result, problems: [] }, 'text')).toBe('');
  });

  it('summarises', () => {
    expect(formatSummary(result)).toBe(
      'persona-lint: 2 problems in 2 files (2 files, 1 persona)\n',
    );
    expect(formatSummary({ ...result, problems: [], refsChecked: 1 })).toBe(
      'persona-lint: no problems (2 files, 1 persona, 1 ref looked up in the catalog)\n',
    );
  });
});
