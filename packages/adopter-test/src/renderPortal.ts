import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './exec';
import { PortalVariant, REPO_ROOT } from './variants';

export const CREATE_APP_VERSION = '0.9.2';

/**
 * Unpacks `@backstage/create-app` (once per machine, kept in the temporary
 * directory) and installs its own dependencies, so that its templating can be
 * used without running its CLI (which refuses Node 20).
 */
async function createAppPackage(logFile: string): Promise<string> {
  const dir = path.join(
    os.tmpdir(),
    `adopter-test-create-app-${CREATE_APP_VERSION}`,
  );
  const pkg = path.join(dir, 'package');
  if (fs.existsSync(path.join(pkg, 'node_modules', 'handlebars'))) {
    return pkg;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await run(
    `npm pack @backstage/create-app@${CREATE_APP_VERSION} && tar xzf backstage-create-app-${CREATE_APP_VERSION}.tgz && cd package && node -e "const f='package.json',p=require('./'+f);delete p.devDependencies;require('fs').writeFileSync(f,JSON.stringify(p))" && npm install --omit=dev --no-package-lock --ignore-scripts --no-audit --no-fund`,
    { cwd: dir, logFile },
  );
  return pkg;
}

function editJson(file: string, edit: (json: any) => void) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * Renders a vanilla portal exactly as create-app renders it (its own
 * templating task and versions table), with the install fixes these machines
 * need, and for 1.57 bumps it with `backstage-cli versions:bump` and the
 * committed release manifest.
 */
export async function renderPortal(
  variant: PortalVariant,
  portalDir: string,
  logFile: string,
) {
  const createApp = await createAppPackage(logFile);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { templatingTask } = require(path.join(
    createApp,
    'dist/lib/tasks.cjs.js',
  ));
  fs.mkdirSync(portalDir, { recursive: true });
  const template = variant.frontend === 'new' ? 'default-app' : 'legacy-app';
  // the task shows a spinner per file (on stderr)
  const originalWrite = process.stderr.write;
  process.stderr.write = () => true;
  try {
    await templatingTask(
      path.join(createApp, 'templates', template),
      portalDir,
      {
        name: 'backstage',
        defaultBranch: 'master',
      },
    );
  } finally {
    process.stderr.write = originalWrite;
  }

  // What these machines need (TOOLCHAIN.md), nothing else
  editJson(path.join(portalDir, 'package.json'), pkg => {
    pkg.resolutions = { ...pkg.resolutions, 'node-gyp': '^11.4.2' };
    pkg.dependenciesMeta = {
      ...pkg.dependenciesMeta,
      keytar: { built: false },
      'cpu-features': { built: false },
    };
  });

  if (variant.release === '1.55') {
    // 0.3.21 belongs to the next release line
    editJson(path.join(portalDir, 'package.json'), pkg => {
      pkg.resolutions['@backstage/plugin-signals-backend'] = '0.3.19';
    });
  } else {
    await run(
      `${path.join(
        REPO_ROOT,
        'node_modules/.bin/backstage-cli',
      )} versions:bump --release ${variant.releaseVersion} --skip-install`,
      {
        cwd: portalDir,
        logFile,
        env: {
          BACKSTAGE_MANIFEST_FILE: path.join(
            REPO_ROOT,
            `release-manifests/${variant.releaseVersion}.json`,
          ),
        },
      },
    );
  }

  // the portal's committed lockfile, so that every run resolves the same
  // versions (see README: how to regenerate it)
  if (fs.existsSync(variant.lockfile)) {
    fs.copyFileSync(variant.lockfile, path.join(portalDir, 'yarn.lock'));
  }

  // the example catalog of this repository, which the README's example
  // locations point at
  fs.cpSync(
    path.join(REPO_ROOT, 'examples'),
    path.join(portalDir, 'examples/platform-personas'),
    { recursive: true },
  );
}
