#!/usr/bin/env node
/*
 * `yarn release:pack`: builds every publishable plugin package and packs it
 * into dist-release/, as it would be published, and lists the tarballs in
 * dist-release/packages.json (`[{ name, version, tarball }]`, absolute paths)
 * for whatever publishes them next: a private registry, or the throwaway one
 * of @internal/local-registry.
 */
import path from 'node:path';
import {
  packPlugins,
  repoRoot,
  skipTscRequested,
  timed,
} from './lib/packPlugins.mjs';

const outDir = path.join(repoRoot, 'dist-release');

const packed = timed('release:pack', () =>
  packPlugins({ outDir, skipTsc: skipTscRequested() }),
);

console.log(`\n${packed.length} packages packed into ${outDir}:`);
for (const { name, version, tarball } of packed) {
  console.log(`  ${name}@${version}  ${path.basename(tarball)}`);
}
