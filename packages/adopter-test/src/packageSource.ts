import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from './exec';
import { REPO_ROOT } from './variants';

export type PackedPackage = { name: string; version: string; tarball: string };

export type Registry = { url: string; stop(): Promise<void> };

/**
 * Builds and packs every publishable package with `yarn release:pack`, which
 * writes `dist-release/*.tgz` and `dist-release/packages.json`.
 */
export async function packPackages(logFile: string): Promise<PackedPackage[]> {
  await run('yarn release:pack', { cwd: REPO_ROOT, logFile });
  return tarballsIn(path.join(REPO_ROOT, 'dist-release'));
}

/** Reads the tarballs of a directory packed earlier (`--tarballs <dir>`). */
export function tarballsIn(dir: string): PackedPackage[] {
  const list = path.join(dir, 'packages.json');
  if (fs.existsSync(list)) {
    return (JSON.parse(fs.readFileSync(list, 'utf8')) as PackedPackage[]).map(
      p => ({ ...p, tarball: path.resolve(dir, p.tarball) }),
    );
  }
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.tgz'))
    .map(f => {
      const tarball = path.join(dir, f);
      const pkg = JSON.parse(
        execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
          encoding: 'utf8',
        }),
      );
      return { name: pkg.name, version: pkg.version, tarball };
    });
}

/**
 * A throwaway local npm registry (Verdaccio, `@internal/local-registry`) on
 * 127.0.0.1 that serves our packages and nothing else.
 */
export async function startRegistry(
  packages: PackedPackage[],
): Promise<Registry> {
  // a workspace of this repository, used from its sources
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const localRegistry: {
    startLocalRegistry(): Promise<Registry>;
    publishTarballs(url: string, tarballs: string[]): Promise<void>;
  } = require(path.join(REPO_ROOT, 'packages/local-registry/src'));
  const registry = await localRegistry.startLocalRegistry();
  try {
    await localRegistry.publishTarballs(
      registry.url,
      packages.map(p => p.tarball),
    );
  } catch (e) {
    await registry.stop();
    throw e;
  }
  return registry;
}
