import { problemLines } from './problemLines';

describe('problemLines', () => {
  it('marks each line once with its worst problem, and skips lines the text does not have', () => {
    expect(
      problemLines(
        [
          {
            document: 0,
            path: '/spec/holders/0',
            message: 'names group:default/x, which is unknown',
            severity: 'warning',
            line: 9,
            column: 7,
          },
          { document: 0, path: '/spec/type', message: 'is required', line: 5 },
          {
            document: 0,
            path: '/spec/owner',
            message: 'is required',
            severity: 'error',
            line: 5,
          },
          {
            document: 0,
            path: '/spec/holders/1',
            message: 'x',
            line: 10,
            severity: 'warning',
          },
          { document: 0, path: '<root>', message: 'no position' },
          { document: 0, path: '/a', message: 'past the end', line: 40 },
        ],
        20,
      ),
    ).toEqual([
      {
        line: 5,
        severity: 'error',
        title: '/spec/type is required\n/spec/owner is required',
      },
      {
        line: 9,
        severity: 'warning',
        title: '/spec/holders/0 names group:default/x, which is unknown',
      },
      { line: 10, severity: 'warning', title: '/spec/holders/1 x' },
    ]);
  });
});
