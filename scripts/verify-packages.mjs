#!/usr/bin/env node
/*
 * Proves that every publishable plugin package packs into a tarball another
 * portal can install: builds it, runs `yarn pack` (with the prepack rewrite of
 * Backstage's CLI), unpacks it, checks that every entry point and file that
 * package.json promises is inside, that no `workspace:` range is left, and
 * loads its main entry point with Node.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
);
const outDir = path.join(root, 'node_modules', '.cache', 'verify-packages');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

function collectTargets(exportsField) {
  // Conditions such as `backstage: '@backstage/BackendFeature'` name no file
  if (typeof exportsField === 'string') {
    return exportsField.startsWith('./') ? [exportsField] : [];
  }
  return Object.values(exportsField ?? {}).flatMap(collectTargets);
}

const problems = [];
const packedDirs = [];
const pluginDirs = fs
  .readdirSync(path.join(root, 'plugins'))
  .map(name => path.join(root, 'plugins', name))
  .filter(dir => fs.existsSync(path.join(dir, 'package.json')));

for (const dir of pluginDirs) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
  );
  if (manifest.private) continue;
  const label = manifest.name;
  const tarball = path.join(outDir, `${path.basename(dir)}.tgz`);
  execFileSync('yarn', ['build'], { cwd: dir, stdio: 'inherit' });
  execFileSync('yarn', ['pack', '--out', tarball], {
    cwd: dir,
    stdio: 'inherit',
  });

  // Unpacked as an installed dependency would be, so that one packed package
  // resolves the other packed ones before the workspace sources.
  const pkgDir = path.join(outDir, 'node_modules', label);
  fs.mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  packedDirs.push(pkgDir);
  const packed = JSON.parse(
    fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'),
  );

  for (const field of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const [dep, range] of Object.entries(packed[field] ?? {})) {
      if (String(range).startsWith('workspace:')) {
        problems.push(`${label}: ${field}.${dep} is still ${range}`);
      }
    }
  }
  if (!packed.backstage?.role) problems.push(`${label}: no backstage.role`);
  for (const file of [
    packed.main,
    packed.types,
    ...collectTargets(packed.exports),
  ]) {
    if (file && !fs.existsSync(path.join(pkgDir, file))) {
      problems.push(
        `${label}: ${file} is promised by package.json but not in the tarball`,
      );
    }
  }
  for (const file of ['README.md', 'catalog-info.yaml']) {
    if (!fs.existsSync(path.join(dir, file)))
      problems.push(`${label}: no ${file}`);
  }
}

for (const pkgDir of packedDirs) {
  const packed = JSON.parse(
    fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'),
  );
  const label = packed.name;
  if (packed.main) {
    const requireFromPack = createRequire(path.join(pkgDir, 'package.json'));
    const loaded = requireFromPack(path.join(pkgDir, packed.main));
    const names = Object.keys(loaded);
    if (names.length === 0)
      problems.push(`${label}: main entry point exports nothing`);
    console.log(
      `${label}@${packed.version}: ${names.length} exports (${names
        .slice(0, 6)
        .join(', ')}${names.length > 6 ? ', …' : ''})`,
    );
  }
}

if (problems.length) {
  console.error(
    `\n${problems.length} packaging problem(s):\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(`\nAll ${packedDirs.length} plugin packages pack and load.`);
