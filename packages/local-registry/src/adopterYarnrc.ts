import { SERVED_SCOPE } from './verdaccioConfig';

/**
 * The lines of `.yarnrc.yml` that make a project install the
 * `@platform-personas` scope from the registry at `registryUrl`, and every
 * other package from its default registry.
 *
 * `npmPreapprovedPackages` exempts the scope from Yarn's `npmMinimalAgeGate`
 * (a day by default in Yarn 4.18): packages published minutes ago to a
 * private registry would otherwise not be installable until tomorrow.
 * `unsafeHttpWhitelist` lets Yarn talk plain HTTP to a local registry.
 *
 * @public
 */
export function adopterYarnrc(registryUrl: string): string {
  const { hostname, protocol } = new URL(registryUrl);
  const scope = SERVED_SCOPE.slice(1);
  return [
    'npmScopes:',
    `  ${scope}:`,
    `    npmRegistryServer: "${registryUrl}"`,
    'npmPreapprovedPackages:',
    `  - "${SERVED_SCOPE}/*"`,
    ...(protocol === 'http:'
      ? ['unsafeHttpWhitelist:', `  - "${hostname}"`]
      : []),
    '',
  ].join('\n');
}
