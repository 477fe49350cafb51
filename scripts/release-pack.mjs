#!/usr/bin/env node
/*
 * `yarn release:pack`: builds every publishable plugin package and packs it
 * into dist-release/, as it would be published, and lists the tarballs in
 * dist-release/packages.json (`[{ name, version, tarball }]`, absolute paths)
 * for whatever publishes them next: a private registry, or the throwaway one
 * of @internal/local-registry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { packPlugins, repoRoot, timed } from './lib/packPlugins.mjs';

const outDir = path.join(repoRoot, 'dist-release');

const packed = timed('release:pack', () => packPlugins({ outDir }));
const list = packed.map(({ name, version, tarball }) => ({
  name,
  version,
  tarball,
}));
fs.writeFileSync(
  path.join(outDir, 'packages.json'),
  `${JSON.stringify(list, null, 2)}\n`,
);

console.log(`\n${list.length} packages packed into ${outDir}:`);
for (const { name, version, tarball } of list) {
  console.log(`  ${name}@${version}  ${path.basename(tarball)}`);
}
