import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  LocalRegistry,
  adopterYarnrc,
  publishTarballs,
  startLocalRegistry,
} from './index';

const execFileAsync = promisify(execFile);

const PROBE = '@platform-personas/local-registry-probe';

// Starting Verdaccio takes about 2 s, a Yarn install of the probe a few more
jest.setTimeout(60_000);

/** A tiny package of the served scope, packed as `yarn pack` would. */
async function packProbe(workDir: string): Promise<string> {
  const packageDir = path.join(workDir, 'probe', 'package');
  fs.mkdirSync(packageDir, { recursive: true });
  fs.writeFileSync(
    path.join(packageDir, 'package.json'),
    JSON.stringify({ name: PROBE, version: '1.0.0', main: 'index.js' }),
  );
  fs.writeFileSync(
    path.join(packageDir, 'index.js'),
    "module.exports = 'served by the local registry';\n",
  );
  const tarball = path.join(workDir, 'probe.tgz');
  const probeDir = path.dirname(packageDir);
  await execFileAsync('tar', ['-czf', tarball, '-C', probeDir, 'package']);
  return tarball;
}

/**
 * The environment of a Yarn run in a project outside this repository: none of
 * the YARN_ / npm_ settings that `yarn backstage-cli package test` passes on.
 */
function outsideYarnEnv(): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) =>
          !/^(yarn_|npm_|berry_)/i.test(key) &&
          !['PROJECT_CWD', 'INIT_CWD'].includes(key),
      ),
    ),
    YARN_ENABLE_PROGRESS_BARS: '0',
    YARN_ENABLE_TELEMETRY: '0',
  };
}

describe('local registry', () => {
  let registry: LocalRegistry;
  let workDir: string;

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-test-'));
    registry = await startLocalRegistry();
  });

  afterAll(async () => {
    await registry?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('serves a published package of the scope to a Yarn project that routes only the scope to it', async () => {
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const tarball = await packProbe(workDir);
    await publishTarballs(registry.url, [tarball]);

    // A project of an adopter: the default registry for everything, the
    // local one for the scope only.
    const project = path.join(workDir, 'adopter');
    fs.mkdirSync(project);
    fs.writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'adopter', private: true }),
    );
    fs.writeFileSync(path.join(project, 'yarn.lock'), ''); // the project root
    fs.writeFileSync(
      path.join(project, '.yarnrc.yml'),
      [
        'nodeLinker: node-modules',
        // Yarn's global folder caches packages and registry metadata, the
        // latter by host name without the port: a probe from an earlier run
        // on another port would be fetched from a registry long gone.
        `globalFolder: "${path.join(workDir, 'yarn-global')}"`,
        'enableImmutableInstalls: false', // CI turns it on for every install
        adopterYarnrc(registry.url),
      ].join('\n'),
    );
    await execFileAsync('yarn', ['add', `${PROBE}@1.0.0`], {
      cwd: project,
      env: outsideYarnEnv(),
    }).catch(error => {
      throw new Error(`yarn add failed:\n${error.stdout}${error.stderr}`);
    });

    const installed = path.join(project, 'node_modules', PROBE);
    expect(
      JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'))
        .version,
    ).toBe('1.0.0');
    expect(fs.readFileSync(path.join(installed, 'index.js'), 'utf8')).toContain(
      'served by the local registry',
    );
  });

  it('serves no package outside the scope', async () => {
    for (const name of ['left-pad', '@backstage%2fcatalog-model']) {
      const response = await fetch(new URL(name, registry.url));
      expect({ name, status: response.status }).toEqual({ name, status: 404 });
    }
  });
});
