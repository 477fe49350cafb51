#!/usr/bin/env node
/*
 * Writes a Backstage release manifest (the file `backstage-cli versions:bump`
 * reads through BACKSTAGE_MANIFEST_FILE) from the npm registry, for machines
 * that reach the registry but not the release manifest service.
 *
 *   node scripts/release-manifest.mjs --release 1.57.0 --published-before 2026-11-19 \
 *     --names-from yarn.lock [--names-from other/yarn.lock] > release-manifests/1.57.0.json
 *
 * Each @backstage package named in the given lockfiles gets its highest stable
 * version published before the cut-off date, so the manifest of a release does
 * not change when the registry receives the versions of the next one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    release: { type: 'string' },
    'published-before': { type: 'string' },
    'names-from': { type: 'string', multiple: true, default: ['yarn.lock'] },
  },
});
if (!values.release || !values['published-before']) {
  console.error(
    'Usage: release-manifest.mjs --release <x.y.z> --published-before <YYYY-MM-DD> [--names-from yarn.lock]',
  );
  process.exit(2);
}
const cutoff = new Date(values['published-before']).getTime();
const names = new Set();
for (const file of values['names-from']) {
  for (const match of fs
    .readFileSync(file, 'utf8')
    .matchAll(/^"?(@backstage\/[a-z0-9-]+)@/gm)) {
    names.add(match[1]);
  }
}

function stableVersionBefore(name) {
  const times = JSON.parse(
    execFileSync('npm', ['view', name, 'time', '--json'], { encoding: 'utf8' }),
  );
  const candidates = Object.entries(times)
    .filter(([version]) => /^\d+\.\d+\.\d+$/.test(version))
    .filter(([, published]) => new Date(published).getTime() < cutoff)
    .map(([version]) => version.split('.').map(Number));
  candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const highest = candidates.at(-1);
  return highest ? highest.join('.') : undefined;
}

const packages = [];
for (const name of [...names].sort()) {
  const version = stableVersionBefore(name);
  if (version) packages.push({ name, version });
  else
    console.error(`no stable version of ${name} before the cut-off, left out`);
}
process.stdout.write(
  `${JSON.stringify({ releaseVersion: values.release, packages }, null, 2)}\n`,
);
