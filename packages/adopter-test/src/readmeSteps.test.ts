import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  applyFileStep,
  newLinesOf,
  parseReadmeSteps,
  ReadmeStepError,
} from './readmeSteps';
import { REPO_ROOT } from './variants';

const fence = '```';

function portalWith(file: string, text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-steps-'));
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('parseReadmeSteps', () => {
  it('reads the annotated blocks and nothing else', () => {
    const steps = parseReadmeSteps(
      'R.md',
      [
        '# Title',
        '<!-- adopter-step: run -->',
        '',
        `${fence}sh`,
        'yarn add x',
        fence,
        `${fence}ts`,
        'not a step',
        fence,
        `<!-- adopter-step: insert file=src/a.ts after='x="1"' frontend=legacy -->`,
        `${fence}ts`,
        'a();',
        fence,
      ].join('\n'),
    );
    expect(steps).toEqual([
      expect.objectContaining({ action: 'run', line: 2, code: 'yarn add x' }),
      expect.objectContaining({
        action: 'insert',
        line: 10,
        attrs: { file: 'src/a.ts', after: 'x="1"', frontend: 'legacy' },
      }),
    ]);
  });

  it('fails loudly on an annotation without a block or with a typo', () => {
    expect(() =>
      parseReadmeSteps('R.md', '<!-- adopter-step: run -->\ntext'),
    ).toThrow('R.md:1: adopter-step annotation not followed by a code block');
    expect(() =>
      parseReadmeSteps(
        'R.md',
        `<!-- adopter-step: add -->\n${fence}\nx\n${fence}`,
      ),
    ).toThrow('unknown adopter-step action "add"');
    expect(() => parseReadmeSteps('R.md', '<!-- adopter-step run -->')).toThrow(
      ReadmeStepError,
    );
  });

  it('parses the steps of every plugin README', () => {
    for (const readme of [
      'persona-common',
      'catalog-backend-module-persona',
      'persona-backend',
      'persona',
    ]) {
      const file = path.join(REPO_ROOT, 'plugins', readme, 'README.md');
      const steps = parseReadmeSteps(file, fs.readFileSync(file, 'utf8'));
      expect(steps.length).toBeGreaterThan(0);
      steps
        .filter(s => s.action === 'insert')
        .forEach(s => expect(newLinesOf(s).length).toBeGreaterThan(0));
    }
  });
});

describe('applyFileStep', () => {
  const [step] = parseReadmeSteps(
    'R.md',
    [
      `<!-- adopter-step: insert file=index.ts in="const b" before="end();" -->`,
      `${fence}ts`,
      '// index.ts',
      'const b = [',
      '  // ...',
      '  added(),',
      'end();',
      fence,
    ].join('\n'),
  );

  it('inserts only the new lines, indented like their neighbours', () => {
    const dir = portalWith(
      'index.ts',
      'end();\nconst b = [\n    x(),\n    end();\n',
    );
    applyFileStep(step, dir);
    expect(fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')).toBe(
      'end();\nconst b = [\n    x(),\n    added(),\n    end();\n',
    );
  });

  it('names the README line and the missing anchor', () => {
    const dir = portalWith('index.ts', 'const b = [];\n');
    expect(() => applyFileStep(step, dir)).toThrow(
      'R.md:1: anchor "end();" not found in index.ts after "const b"',
    );
  });

  it('merges YAML, appending to lists and keeping comments', () => {
    const [merge] = parseReadmeSteps(
      'R.md',
      `<!-- adopter-step: merge file=c.yaml -->\n${fence}yaml\na:\n  rules: [2]\n  x: y\n${fence}`,
    );
    const dir = portalWith(
      'c.yaml',
      'a:\n  # the rules\n  rules:\n    - 1\nb: 1\n',
    );
    applyFileStep(merge, dir);
    expect(fs.readFileSync(path.join(dir, 'c.yaml'), 'utf8')).toBe(
      'a:\n  # the rules\n  rules:\n    - 1\n    - 2\n  x: y\nb: 1\n',
    );
  });
});
