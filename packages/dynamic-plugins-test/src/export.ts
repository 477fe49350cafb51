/*
 * Exports the persona backend plugin and the persona catalog module as
 * dynamic plugins with `@red-hat-developer-hub/cli` (its version pinned in
 * this package), into `plugins/<plugin>/dist-dynamic`.
 *
 *   yarn workspace @internal/dynamic-plugins-test export [folder...] [--skip-tsc]
 *
 * Steps: the root `yarn tsc` (the package builds read their declarations from
 * dist-types), then per plugin `rhdh-cli plugin export --clean --embed-package
 * <persona-common>`, which runs `yarn build` (= `backstage-cli package build`)
 * of the plugin and of the embedded package, packs them, moves `@backstage/*`
 * dependencies to peer dependencies (the host provides them), and runs
 * `yarn install` in dist-dynamic from a copy of the repository's yarn.lock.
 * That install runs with Yarn's network disabled: every package comes from
 * the lockfile and Yarn's cache, which the root `yarn install` filled.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  distDynamicDir,
  exportedPlugins,
  packageDir,
  repoRoot,
  secondsSince,
} from './plugins';

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, YARN_ENABLE_NETWORK: '0' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited with ${
        result.status ?? result.signal
      }`,
    );
  }
}

function main() {
  const args = process.argv.slice(2);
  const skipTsc = args.includes('--skip-tsc');
  const only = args.filter(a => !a.startsWith('--'));
  const unknown = only.filter(
    folder => !exportedPlugins.some(p => p.folder === folder),
  );
  if (unknown.length > 0) {
    throw new Error(
      `Unknown plugin folder(s): ${unknown.join(
        ', ',
      )}; expected one of ${exportedPlugins.map(p => p.folder).join(', ')}`,
    );
  }
  const plugins = exportedPlugins.filter(
    p => only.length === 0 || only.includes(p.folder),
  );

  const cliBin = require.resolve('@red-hat-developer-hub/cli/bin/rhdh-cli');
  const cliVersion = JSON.parse(
    fs.readFileSync(
      require.resolve('@red-hat-developer-hub/cli/package.json'),
      'utf8',
    ),
  ).version;
  const fix = path.join(packageDir, 'src', 'rhdhCliEntryPointsFix.cjs');
  const timings: string[] = [];
  const started = Date.now();

  if (!skipTsc) {
    const t = Date.now();
    run('yarn', ['tsc'], repoRoot);
    timings.push(`yarn tsc: ${secondsSince(t)}`);
  }
  for (const plugin of plugins) {
    const t = Date.now();
    console.log(
      `\n== exporting ${plugin.packageName} with @red-hat-developer-hub/cli ${cliVersion}`,
    );
    run(
      process.execPath,
      [
        '--require',
        fix,
        cliBin,
        'plugin',
        'export',
        '--clean',
        ...plugin.embed.flatMap(e => ['--embed-package', e]),
      ],
      path.join(repoRoot, 'plugins', plugin.folder),
    );
    const manifest = JSON.parse(
      fs.readFileSync(
        path.join(distDynamicDir(plugin), 'package.json'),
        'utf8',
      ),
    );
    if (manifest.name !== plugin.dynamicName) {
      throw new Error(
        `${distDynamicDir(plugin)} holds ${manifest.name}, not ${
          plugin.dynamicName
        }`,
      );
    }
    timings.push(`export ${plugin.folder}: ${secondsSince(t)}`);
  }

  console.log('\nTimings');
  for (const line of timings) console.log(`  ${line}`);
  console.log(`  total: ${secondsSince(started)}`);
  for (const plugin of plugins) {
    console.log(`exported ${plugin.dynamicName} to ${distDynamicDir(plugin)}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`\nexport failed: ${(error as Error).message}`);
  process.exit(1);
}
