import path from 'node:path';

/** The only scope the local registry serves. */
export const SERVED_SCOPE = '@platform-personas';

/**
 * The Verdaccio configuration of the local registry, as an object that is
 * written to its config.yaml (YAML is a superset of JSON).
 *
 * It has no uplink at all, and a package rule for {@link SERVED_SCOPE} only:
 * any other name answers 404, so a consuming project must take everything
 * else from its default registry and route only the scope here through
 * `npmScopes` — the way companies consume internal plugins, and the way an
 * adopter test must, or it would silently install public packages from here.
 */
export function verdaccioConfig(options: {
  storageDir: string;
  port: number;
}): Record<string, unknown> {
  const { storageDir, port } = options;
  return {
    storage: path.join(storageDir, 'packages'),
    plugins: path.join(storageDir, 'plugins'),
    listen: `127.0.0.1:${port}`,
    auth: {
      // Publishing needs a token; anyone may register one (see publishTarballs)
      htpasswd: { file: path.join(storageDir, 'htpasswd'), max_users: 1000 },
    },
    uplinks: {},
    packages: {
      [`${SERVED_SCOPE}/*`]: {
        access: '$all',
        publish: '$all',
        unpublish: '$all',
      },
      // Anyone may ask for other names, so that they answer 404 (not stored,
      // no uplink) rather than 401, which would send Yarn looking for a token;
      // nobody may publish them.
      '**': { access: '$all' },
    },
    // The frontend plugin's tarball is larger than Verdaccio's 10 MB default
    max_body_size: '200mb',
    web: { enable: false },
    logs: { type: 'stdout', format: 'pretty', level: 'warn' },
  };
}
