import { createMockDirectory } from '@backstage/backend-test-utils';
import { targetPaths } from '@backstage/cli-common';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { brokenAnthos } from './__testUtils__/examples';

const bin = path.join(
  path.dirname(
    require.resolve(
      '@platform-personas/backstage-plugin-persona-cli/package.json',
    ),
  ),
  'bin/persona-lint',
);

/** Runs the real binary in a child process. */
function spawnBin(args: string[], cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>(
    resolve => {
      const env = { ...process.env };
      delete env.PERSONA_LINT_TOKEN;
      execFile(
        process.execPath,
        [bin, ...args],
        { cwd, env, timeout: 60_000 },
        (error, stdout, stderr) => {
          const code = error ? Number(error.code ?? -1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    },
  );
}

describe('the persona-lint binary', () => {
  jest.setTimeout(120_000);
  const mockDir = createMockDirectory();

  it('finds the repository examples clean from the repository root', async () => {
    const result = await spawnBin(['examples/'], targetPaths.rootDir);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(/^persona-lint: no problems \(/),
    });
  });

  it('exits 1 with the exact positions of a broken example', async () => {
    const broken = brokenAnthos();
    mockDir.setContent({ personas: { 'anthos.yaml': broken.text } });
    const result = await spawnBin(['personas'], mockDir.path);
    expect(result).toEqual({
      code: 1,
      stdout: [
        `personas/anthos.yaml:${broken.holderLine}:7 /spec/holders/0 must be text, not a number`,
        `personas/anthos.yaml:${broken.specLine}:1 /spec/type is required`,
        `personas/anthos.yaml:${broken.duplicateLine}:3 /metadata/name Map keys must be unique`,
        '',
      ].join('\n'),
      stderr: 'persona-lint: 3 problems in 1 file (1 file, 2 personas)\n',
    });
    const json = await spawnBin(['-f', 'json', 'personas'], mockDir.path);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toHaveLength(3);
  });

  it('exits 2 on a usage error', async () => {
    const result = await spawnBin([], mockDir.path);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'paths'");
  });
});
