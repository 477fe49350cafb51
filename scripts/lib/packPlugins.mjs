/*
 * Builds and packs the publishable plugin packages, the way a release does.
 * Shared by `yarn release:pack` (scripts/release-pack.mjs), which keeps the
 * tarballs for publishing, and scripts/verify-packages.mjs, which checks them:
 * both must look at the very same tarballs, so there is one way to make them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The root of the repository. */
export const repoRoot = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
  '..',
);

/**
 * Runs `fn`, then prints how long it took: release steps are slow enough
 * (minutes on two cores) that a reader wants to know which one is.
 */
export function timed(label, fn) {
  const started = Date.now();
  const result = fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`⏱  ${label}: ${seconds} s`);
  return result;
}

/**
 * The packages under plugins/ and packages/ that are published: every one
 * whose package.json is not `private`.
 */
export function findPublishablePackages(root = repoRoot) {
  return ['plugins', 'packages']
    .flatMap(folder =>
      fs
        .readdirSync(path.join(root, folder))
        .map(name => path.join(root, folder, name)),
    )
    .filter(dir => fs.existsSync(path.join(dir, 'package.json')))
    .map(dir => ({
      dir,
      manifest: JSON.parse(
        fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
      ),
    }))
    .filter(({ manifest }) => !manifest.private)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/**
 * The file name `yarn pack --out %s-%v.tgz` writes: Yarn replaces `%s` with
 * the slug of the name (`@scope/name` becomes `@scope-name`) and `%v` with the
 * version.
 */
function packedFileName(manifest) {
  return `${manifest.name.replace('/', '-')}-${manifest.version}.tgz`;
}

/**
 * Type-checks the repository (unless `skipTsc`: the caller has just run it, as
 * `yarn test:all` has), then builds and packs each publishable package into
 * `outDir`, lists the tarballs in `outDir/packages.json`
 * (`[{ name, version, tarball }]`, absolute paths) and returns
 * `[{ name, version, tarball, dir }]`.
 *
 * The root `yarn tsc` comes first because `backstage-cli package build` bundles
 * the type declarations from dist-types/, which only tsc writes; without them
 * the build fails with "No declaration files found at ../../dist-types/…".
 * `yarn pack` runs Backstage's prepack, which rewrites package.json for the
 * tarball (`workspace:^` becomes a real range, publishConfig is applied).
 */
export function packPlugins({ outDir, root = repoRoot, skipTsc = false }) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  if (!skipTsc) {
    timed('yarn tsc', () =>
      execFileSync('yarn', ['tsc'], { cwd: root, stdio: 'inherit' }),
    );
  }

  const packed = findPublishablePackages(root).map(({ dir, manifest }) => {
    timed(`build ${manifest.name}`, () =>
      execFileSync('yarn', ['backstage-cli', 'package', 'build'], {
        cwd: dir,
        stdio: 'inherit',
      }),
    );
    const tarball = path.join(outDir, packedFileName(manifest));
    timed(`pack ${manifest.name}`, () =>
      execFileSync('yarn', ['pack', '--out', path.join(outDir, '%s-%v.tgz')], {
        cwd: dir,
        stdio: 'inherit',
      }),
    );
    if (!fs.existsSync(tarball)) {
      throw new Error(`yarn pack did not write ${tarball}`);
    }
    return { name: manifest.name, version: manifest.version, tarball, dir };
  });
  fs.writeFileSync(
    path.join(outDir, 'packages.json'),
    `${JSON.stringify(
      packed.map(({ name, version, tarball }) => ({ name, version, tarball })),
      null,
      2,
    )}\n`,
  );
  return packed;
}

/** Whether the command line asks to leave out the root type-check. */
export function skipTscRequested(argv = process.argv) {
  return argv.includes('--skip-tsc');
}
