/*
 * A local Yarn plugin for machines whose registry mirror lacks some prebuilt
 * binaries of other operating systems, and that cannot download Node headers.
 *
 * 1. A platform-binary dependency (swc, rollup, unrs-resolver, ... builds for
 *    other systems) whose range has no candidate in the registry is rewritten
 *    to `npm:*`. These packages are optional and never installed on Linux.
 * 2. Native addons (better-sqlite3) compile against the headers that ship with
 *    the local Node.js installation instead of downloading them.
 */
const fs = require('fs');

const PLATFORM_BINARY =
  /^(@swc\/core-|@unrs\/resolver-binding-|@rollup\/rollup-|@esbuild\/|@rspack\/binding-|@parcel\/watcher-|lightningcss-|@img\/sharp-|@napi-rs\/|@oxc-|@tailwindcss\/oxide-|@next\/swc-)/;

module.exports = {
  name: 'offline-platform',
  factory: require => {
    const { structUtils } = require('@yarnpkg/core');
    return {
      default: {
        hooks: {
          async reduceDependency(dependency, project, locator, initial, extra) {
            const name = structUtils.stringifyIdent(dependency);
            if (!PLATFORM_BINARY.test(name) || !extra || !extra.resolver) {
              return dependency;
            }
            try {
              const candidates = await extra.resolver.getCandidates(
                dependency,
                {},
                extra.resolveOptions,
              );
              if (candidates.length > 0) return dependency;
            } catch {
              // no candidate in this registry: fall through
            }
            return structUtils.makeDescriptor(dependency, 'npm:*');
          },
          setupScriptEnvironment(project, env) {
            if (
              !env.npm_config_nodedir &&
              fs.existsSync('/usr/include/node/node.h')
            ) {
              env.npm_config_nodedir = '/usr';
            }
          },
        },
      },
    };
  },
};
