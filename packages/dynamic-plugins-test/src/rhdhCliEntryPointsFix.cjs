/*
 * Preloaded (`node --require`) into `@red-hat-developer-hub/cli` 1.9.1 by
 * `src/export.ts`.
 *
 * The CLI packs each embedded package with a copy of an old
 * `@backstage/cli` packager that refuses every `exports` entry whose mount
 * point contains a slash, even a non-script file such as
 * `./schema/Persona.v1alpha1.schema.json` of
 * `@platform-personas/backstage-plugin-persona-common`
 * ("Mount point './schema/…' may not contain multiple slashes").
 * `@backstage/cli` itself accepts nested mount points for non-script files
 * (its `entryPoints.ts`: "Non-script files (like CSS) can have nested
 * paths"); this applies the same rule to the CLI's copy. Non-script entries are
 * kept as they are by the packager, so nothing else changes.
 */
const path = require('node:path');
const entryPoints = require('@red-hat-developer-hub/cli/dist/lib/entryPoints.cjs.js');

const SCRIPT_EXTS = ['.js', '.jsx', '.ts', '.tsx'];
const readEntryPoints = entryPoints.readEntryPoints;

function isNonScript(target) {
  return (
    typeof target === 'string' && !SCRIPT_EXTS.includes(path.extname(target))
  );
}

entryPoints.readEntryPoints = pkg => {
  const exp = pkg.exports;
  if (!exp || typeof exp !== 'object' || Array.isArray(exp)) {
    return readEntryPoints(pkg);
  }
  const entries = Object.entries(exp);
  const scripts = entries.filter(([, target]) => !isNonScript(target));
  const others = entries.filter(([, target]) => isNonScript(target));
  return [
    ...readEntryPoints({ ...pkg, exports: Object.fromEntries(scripts) }),
    ...others.map(([mount, target]) => ({
      mount,
      path: target,
      name: mount.replace(/^\.\//, ''),
      ext: path.extname(target),
    })),
  ];
};
