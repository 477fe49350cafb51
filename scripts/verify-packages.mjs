#!/usr/bin/env node
/*
 * Proves that every publishable plugin package packs into a tarball another
 * portal can install: builds and packs them exactly as `yarn release:pack`
 * does (scripts/lib/packPlugins.mjs, with the prepack rewrite of Backstage's
 * CLI), unpacks each, checks that every entry point and file that
 * package.json promises is inside, that no `workspace:` range is left, and
 * loads its main entry point with Node.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  packPlugins,
  repoRoot,
  skipTscRequested,
  timed,
} from './lib/packPlugins.mjs';

// Not dist-release/: checking must not replace the tarballs a release made.
// `yarn test:all` hands these very tarballs to the adopter test
// (`--tarballs`), so that it installs what was checked here.
const outDir = path.join(repoRoot, 'node_modules', '.cache', 'verify-packages');

function collectTargets(exportsField) {
  // Conditions such as `backstage: '@backstage/BackendFeature'` name no file
  if (typeof exportsField === 'string') {
    return exportsField.startsWith('./') ? [exportsField] : [];
  }
  return Object.values(exportsField ?? {}).flatMap(collectTargets);
}

const problems = [];
const packedDirs = [];
const packedPlugins = timed('build and pack', () =>
  packPlugins({ outDir, skipTsc: skipTscRequested() }),
);

for (const { dir, name: label, tarball } of packedPlugins) {
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

const BROWSER_ROLES = new Set([
  'frontend-plugin',
  'frontend-plugin-module',
  'web-library',
]);

/**
 * Follows the relative imports of an ES module bundle from its entry point,
 * reporting any file that is missing, and returns the entry's export names.
 */
function checkBrowserModules(pkgDir, entry, label) {
  const seen = new Set();
  const queue = [path.join(pkgDir, entry)];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!fs.existsSync(file)) {
      problems.push(
        `${label}: ${path.relative(
          pkgDir,
          file,
        )} is imported but not in the tarball`,
      );
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(
      /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    )) {
      queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  const main = fs.readFileSync(path.join(pkgDir, entry), 'utf8');
  const names = [...main.matchAll(/export\s*{([^}]*)}/g)].flatMap(([, list]) =>
    list
      .split(',')
      .map(n =>
        n
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      )
      .filter(Boolean),
  );
  if (names.length === 0)
    problems.push(`${label}: main entry point exports nothing`);
  return names;
}

for (const pkgDir of packedDirs) {
  const packed = JSON.parse(
    fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'),
  );
  const label = packed.name;
  if (packed.main && BROWSER_ROLES.has(packed.backstage?.role)) {
    // Browser bundles import directories (`@material-ui/core/Button`) that
    // only bundlers resolve: check the module graph inside the tarball instead.
    const names = checkBrowserModules(pkgDir, packed.main, label);
    console.log(
      `${label}@${packed.version}: ${names.length} exports (${names
        .slice(0, 6)
        .join(', ')}${names.length > 6 ? ', …' : ''})`,
    );
  } else if (packed.main) {
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
