#!/usr/bin/env node
/*
 * The first step of `yarn test:all`: fails when yarn.lock no longer matches the
 * package.json files of the workspace, before minutes are spent on tests that
 * would run against dependencies nobody committed.
 *
 * `yarn install --immutable --mode=skip-build` resolves every descriptor from
 * the lockfile alone and refuses to change it; nothing is built.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
);
const started = Date.now();
const result = spawnSync(
  'yarn',
  ['install', '--immutable', '--mode=skip-build'],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, YARN_ENABLE_PROGRESS_BARS: '0' },
  },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);

if (result.status !== 0) {
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const relevant = output
    .split('\n')
    .filter(line => /YN0028|YN0082|YN0001|error|Error|^[-+]/.test(line))
    .slice(0, 40)
    .join('\n');
  process.stderr.write(
    `${relevant}\n\n` +
      'yarn.lock does not match the package.json files of this repository.\n' +
      'Run `yarn install` at the root of the repository, check the diff of yarn.lock ' +
      '(`git diff yarn.lock`) and commit it together with the package.json change.\n',
  );
  process.exit(1);
}
console.log(`yarn.lock matches every package.json (checked in ${seconds} s)`);
