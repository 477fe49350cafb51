/*
 * A local Yarn plugin for machines that cannot download Node headers.
 *
 * Native addons (better-sqlite3) compile with node-gyp, which downloads the
 * headers of the running Node.js unless told where they are. Yarn does not read
 * `nodedir` from ~/.npmrc, so this points node-gyp at the headers that ship
 * with the local Node.js installation when they exist.
 *
 * It only changes the environment of build scripts: it never changes how a
 * dependency resolves, so the lockfile alone decides what is installed.
 */
const fs = require('fs');

module.exports = {
  name: 'local-node-headers',
  factory: () => ({
    default: {
      hooks: {
        setupScriptEnvironment(_project, env) {
          if (
            !env.npm_config_nodedir &&
            fs.existsSync('/usr/include/node/node.h')
          ) {
            env.npm_config_nodedir = '/usr';
          }
        },
      },
    },
  }),
};
