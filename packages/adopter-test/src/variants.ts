import path from 'node:path';

// This package is never bundled: it runs from its sources in the repository.
// eslint-disable-next-line no-restricted-syntax
export const PACKAGE_DIR = path.resolve(__dirname, '..');
export const REPO_ROOT = path.resolve(PACKAGE_DIR, '../..');

export type PortalVariant = {
  /** `new-1.55`, `legacy-1.57`, ... */
  name: string;
  frontend: 'new' | 'legacy';
  release: '1.55' | '1.57';
  releaseVersion: string;
  /** the committed lockfile of this variant */
  lockfile: string;
  /** distinct ports per portal, as they run one after the other */
  backendPort: number;
  appPort: number;
};

function variant(
  frontend: PortalVariant['frontend'],
  release: PortalVariant['release'],
  index: number,
): PortalVariant {
  const name = `${frontend}-${release}`;
  return {
    name,
    frontend,
    release,
    releaseVersion: release === '1.55' ? '1.55.0' : '1.57.0',
    lockfile: path.join(PACKAGE_DIR, 'lockfiles', `${name}.yarn.lock`),
    backendPort: 7107 + index * 10,
    appPort: 3100 + index * 10,
  };
}

export const VARIANTS: PortalVariant[] = [
  variant('new', '1.55', 0),
  variant('legacy', '1.55', 1),
  variant('new', '1.57', 2),
  variant('legacy', '1.57', 3),
];
