/*
 * yarn workspace @internal/local-registry start [--port 4873]
 *
 * Starts the local registry, publishes the tarballs of the last
 * `yarn release:pack` (dist-release/packages.json) to it, prints the Yarn
 * configuration an adopter's portal needs to install them, and runs until
 * Ctrl-C.
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { targetPaths } from '@backstage/cli-common';
import { adopterYarnrc } from './adopterYarnrc';
import { publishTarballs } from './publishTarballs';
import { startLocalRegistry } from './startLocalRegistry';

const manifestPath = path.join(
  targetPaths.rootDir,
  'dist-release',
  'packages.json',
);

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4873' } },
  });
  if (!fs.existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} does not exist: run \`yarn release:pack\` first`,
    );
  }
  const packages: Array<{ name: string; version: string; tarball: string }> =
    JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

  const registry = await startLocalRegistry({ port: Number(values.port) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await registry.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    await publishTarballs(
      registry.url,
      packages.map(p => p.tarball),
    );
  } catch (error) {
    await registry.stop(); // else Verdaccio outlives this process
    throw error;
  }
  console.log(`Local registry at ${registry.url} serves:`);
  for (const { name, version } of packages) {
    console.log(`  ${name}@${version}`);
  }
  console.log(
    `\nPut this into the .yarnrc.yml of a portal to install them:\n\n${adopterYarnrc(
      registry.url,
    )}\nPress Ctrl-C to stop (the published packages are discarded).`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
