import { createMockDirectory } from '@backstage/backend-test-utils';
import { targetPaths } from '@backstage/cli-common';
import fs from 'node:fs';
import { brokenAnthos, examplesDir } from './__testUtils__/examples';
import { persona } from './__testUtils__/persona';
import { run } from './__testUtils__/run';

describe('persona-lint', () => {
  const mockDir = createMockDirectory();
  beforeEach(() => mockDir.clear());
  const cwd = () => mockDir.path;

  it('finds the repository examples clean', async () => {
    const result = await run([examplesDir], { cwd: cwd() });
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(
        /^persona-lint: no problems \(\d+ files, \d+ personas\)\n$/,
      ),
    });
    // relative operands start from the working directory
    const fromRoot = await run(['examples/'], { cwd: targetPaths.rootDir });
    expect(fromRoot.code).toBe(0);
    expect(fromRoot.stderr).toBe(result.stderr);
  });

  it('reports the exact line, column and path of every problem of a broken example', async () => {
    const broken = brokenAnthos();
    mockDir.setContent({ 'anthos.yaml': broken.text });
    const result = await run(['anthos.yaml'], { cwd: cwd() });
    expect(result.stdout).toBe(
      [
        `anthos.yaml:${broken.holderLine}:7 /spec/holders/0 must be text, not a number`,
        `anthos.yaml:${broken.specLine}:1 /spec/type is required`,
        `anthos.yaml:${broken.duplicateLine}:3 /metadata/name Map keys must be unique`,
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      'persona-lint: 3 problems in 1 file (1 file, 2 personas)\n',
    );
    expect(result.code).toBe(1);
  });

  it('skips documents of other kinds, but reports broken YAML whatever its kind', async () => {
    mockDir.setContent({
      'mixed.yaml': `${persona('fine')}---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: not-a-persona }
spec: { type: 42, holders: nonsense }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: duplicated }
metadata: { name: again }
`,
      'org.yaml': fs.readFileSync(`${examplesDir}/org.yaml`, 'utf8'),
    });
    const org = await run(['org.yaml'], { cwd: cwd() });
    expect(org.code).toBe(0);
    expect(org.stderr).toBe('persona-lint: no problems (1 file, 0 personas)\n');

    const mixed = await run(['mixed.yaml'], { cwd: cwd() });
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toBe(
      'mixed.yaml:20:1 /metadata Map keys must be unique\n',
    );
    expect(mixed.stderr).toBe(
      'persona-lint: 1 problem in 1 file (1 file, 1 persona)\n',
    );
  });

  it('prints JSON with --format json', async () => {
    mockDir.setContent({
      'p.json': JSON.stringify(
        {
          apiVersion: 'platform-personas.io/v1alpha1',
          kind: 'Persona',
          metadata: { name: 'p' },
          spec: { type: 'builder', owner: 'team', responsibilities: [] },
        },
        null,
        2,
      ),
      'q.yaml': persona('q', '  holders: [42]\n'),
    });
    const result = await run(['--format', 'json', '.'], { cwd: cwd() });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: 2,
      documents: 2,
      personas: 2,
      problems: [
        {
          file: 'p.json',
          document: 0,
          line: 10,
          column: 5,
          path: '/spec/responsibilities',
          message: 'must list at least one item',
          severity: 'error',
        },
        {
          file: 'q.yaml',
          document: 0,
          line: 11,
          column: 13,
          path: '/spec/holders/0',
          message: 'must be text, not a number',
          severity: 'error',
        },
      ],
    });
    expect(result.stderr).toBe(
      'persona-lint: 2 problems in 2 files (2 files, 2 personas)\n',
    );
  });
});
