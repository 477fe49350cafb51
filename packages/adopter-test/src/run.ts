/**
 * `yarn test:adopter`: installs our published packages into vanilla
 * create-app portals by following the plugin READMEs, then type-checks,
 * builds, starts and checks each portal. See README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkAssistantTools, checkPersonaSearch } from './assistantChecks';
import { CommandFailed, killGroup, run, start, tailOf } from './exec';
import {
  packPackages,
  PackedPackage,
  Registry,
  startRegistry,
  tarballsIn,
} from './packageSource';
import {
  checkInBrowser,
  checkPersonaApi,
  waitForApp,
  waitForBackend,
} from './portalChecks';
import {
  applyFileStep,
  appliesTo,
  readReadmeSteps,
  ReadmeStep,
} from './readmeSteps';
import { renderPortal } from './renderPortal';
import { PACKAGE_DIR, PortalVariant, REPO_ROOT, VARIANTS } from './variants';

/** The READMEs whose steps are applied, in this order. */
const READMES = [
  'plugins/persona-common/README.md',
  'plugins/catalog-backend-module-persona/README.md',
  'plugins/persona-backend/README.md',
  'plugins/search-backend-module-persona/README.md',
  'plugins/persona/README.md',
];

/** The example registry address of the READMEs, replaced by the real one. */
const README_REGISTRY = 'http://127.0.0.1:4873';

const STEPS = [
  'render',
  'readme',
  'tsc',
  'build:backend',
  'start',
  'api',
  'assistants',
  'browser',
  'cleanup',
] as const;
type StepName = (typeof STEPS)[number];
type StepResult = { seconds: number; ok: boolean; detail?: string };

const INSTALL_ENV = { npm_config_nodedir: '/usr' };

function fmt(seconds: number) {
  return `${seconds.toFixed(1)} s`;
}

class PortalRun {
  readonly results = new Map<StepName, StepResult>();
  failure?: { step: StepName; message: string; output: string };

  constructor(readonly variant: PortalVariant) {}

  async step<T>(name: StepName, fn: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    console.log(`[${this.variant.name}] ${name} ...`);
    try {
      const value = await fn();
      const seconds = (Date.now() - t0) / 1000;
      this.results.set(name, { seconds, ok: true });
      console.log(`[${this.variant.name}] ${name} ✓ ${fmt(seconds)}`);
      return value;
    } catch (e) {
      const seconds = (Date.now() - t0) / 1000;
      this.results.set(name, { seconds, ok: false });
      const error = e as Error;
      this.failure = {
        step: name,
        message: error.message,
        output: e instanceof CommandFailed ? e.output : error.stack ?? '',
      };
      console.log(`[${this.variant.name}] ${name} ✗ ${fmt(seconds)}`);
      throw e;
    }
  }
}

function readmeSteps(): ReadmeStep[] {
  const steps = READMES.flatMap(r =>
    readReadmeSteps(path.join(REPO_ROOT, r), r),
  );
  if (steps.length === 0) {
    throw new Error('No adopter-step annotation in the READMEs');
  }
  return steps;
}

/** The lockfile without our own packages, whose checksums change per build. */
function lockfileWithoutOurPackages(text: string): string {
  return text
    .split(/\n\n/)
    .filter(block => !/^"?@platform-personas\//.test(block))
    .join('\n\n');
}

async function runPortal(
  variant: PortalVariant,
  registry: Registry,
  options: { keep: boolean; updateLockfiles: boolean },
): Promise<PortalRun> {
  const portal = new PortalRun(variant);
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), `adopter-test-${variant.name}-`),
  );
  const portalDir = path.join(workDir, 'backstage');
  const logDir = path.join(workDir, 'logs');
  fs.mkdirSync(logDir);
  const log = (step: string) =>
    path.join(logDir, `${step.replace(':', '-')}.log`);
  const backendUrl = `http://localhost:${variant.backendPort}`;
  const appUrl = `http://localhost:${variant.appPort}`;
  console.log(`[${variant.name}] portal in ${portalDir}`);
  let server: ReturnType<typeof start> | undefined;
  try {
    await portal.step('render', () =>
      renderPortal(variant, portalDir, log('render')),
    );
    await portal.step('readme', async () => {
      for (const step of readmeSteps().filter(s =>
        appliesTo(s, variant.frontend),
      )) {
        fs.appendFileSync(
          log('readme'),
          `\n## ${step.readme}:${step.line} ${step.action} ${JSON.stringify(
            step.attrs,
          )}\n`,
        );
        if (step.action === 'run') {
          await run(step.code, {
            cwd: portalDir,
            logFile: log('readme'),
            env: INSTALL_ENV,
          });
        } else {
          applyFileStep(step, portalDir, {
            [README_REGISTRY]: registry.url.replace(/\/$/, ''),
          });
        }
      }
      if (options.updateLockfiles) {
        fs.mkdirSync(path.dirname(variant.lockfile), { recursive: true });
        fs.writeFileSync(
          variant.lockfile,
          lockfileWithoutOurPackages(
            fs.readFileSync(path.join(portalDir, 'yarn.lock'), 'utf8'),
          ),
        );
      }
    });
    await portal.step('tsc', () =>
      run('yarn tsc', { cwd: portalDir, logFile: log('tsc') }),
    );
    await portal.step('build:backend', () =>
      run('yarn build:backend', {
        cwd: portalDir,
        logFile: log('build:backend'),
      }),
    );
    await portal.step('start', async () => {
      // A portal left running on these ports (by a run that was killed)
      // would answer every check in place of this one
      for (const url of [backendUrl, appUrl]) {
        if (
          await fetch(url).then(
            () => true,
            () => false,
          )
        ) {
          throw new Error(
            `${url} answers before this portal starts: stop what listens there`,
          );
        }
      }
      server = start('yarn start', {
        cwd: portalDir,
        logFile: log('start'),
        env: {
          APP_CONFIG_app_baseUrl: appUrl,
          APP_CONFIG_backend_baseUrl: backendUrl,
          APP_CONFIG_backend_listen_port: String(variant.backendPort),
          APP_CONFIG_backend_cors_origin: appUrl,
          // The persona collator's first run may come before the catalog has
          // ingested the example; every minute, not every ten, it is found
          // within the check's wait.
          APP_CONFIG_search_collators_persona_schedule: JSON.stringify({
            frequency: { minutes: 1 },
            timeout: { minutes: 5 },
            initialDelay: { seconds: 10 },
          }),
          BROWSER: 'none',
        },
      });
      const alive = () => server?.exitCode === null;
      try {
        await waitForBackend(backendUrl, 240_000, alive);
        await waitForApp(appUrl, 240_000);
      } catch (e) {
        throw new CommandFailed((e as Error).message, tailOf(log('start')));
      }
    });
    const api = await portal.step('api', () =>
      checkPersonaApi(backendUrl, 180_000),
    );
    api.forEach(line => console.log(`[${variant.name}]   ${line}`));
    const asked = await portal.step('assistants', async () => [
      ...(await checkAssistantTools(backendUrl)),
      ...(await checkPersonaSearch(backendUrl, 180_000)),
    ]);
    asked.forEach(line => console.log(`[${variant.name}]   ${line}`));
    const seen = await portal.step('browser', () =>
      checkInBrowser(
        appUrl,
        path.join(PACKAGE_DIR, 'screenshots', variant.name),
      ),
    );
    seen.forEach(line => console.log(`[${variant.name}]   ${line}`));
  } catch {
    // recorded in portal.failure
  } finally {
    if (server) {
      await killGroup(server);
    }
  }
  if (portal.failure || options.keep) {
    console.log(`[${variant.name}] kept: ${workDir} (logs in ${logDir})`);
  } else {
    await portal
      .step('cleanup', async () =>
        fs.promises.rm(workDir, { recursive: true, force: true }),
      )
      .catch(() => {});
  }
  return portal;
}

function printSummary(runs: PortalRun[], setup: Map<string, StepResult>) {
  console.log('\nSummary (wall time per step)\n');
  for (const [name, r] of setup) {
    console.log(`${name}: ${fmt(r.seconds)} ${r.ok ? 'pass' : 'FAIL'}`);
  }
  const header = ['portal', ...STEPS, 'total', 'result'];
  const rows = runs.map(r => {
    const cells = STEPS.map(s => {
      const res = r.results.get(s);
      if (!res) return '–';
      return `${fmt(res.seconds)} ${res.ok ? 'ok' : 'FAIL'}`;
    });
    const total = [...r.results.values()].reduce((a, b) => a + b.seconds, 0);
    return [
      r.variant.name,
      ...cells,
      fmt(total),
      r.failure ? `FAIL (${r.failure.step})` : 'pass',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(row => row[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach(row => console.log(line(row)));
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      tarballs: { type: 'string' },
      'update-lockfiles': { type: 'boolean', default: false },
    },
  });
  const only = values.only?.split(',').map(s => s.trim());
  const variants = only
    ? VARIANTS.filter(v => only.includes(v.name))
    : VARIANTS;
  if (only && variants.length !== only.length) {
    throw new Error(
      `--only takes ${VARIANTS.map(v => v.name).join(', ')}; got ${
        values.only
      }`,
    );
  }
  // a README step that cannot even be parsed fails before anything runs
  readmeSteps();

  const t0 = Date.now();
  const setup = new Map<string, StepResult>();
  const setupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adopter-test-'));
  const timed = async <T>(name: string, fn: () => Promise<T>) => {
    const t = Date.now();
    console.log(`${name} ...`);
    try {
      const v = await fn();
      setup.set(name, { seconds: (Date.now() - t) / 1000, ok: true });
      console.log(`${name} ✓ ${fmt((Date.now() - t) / 1000)}`);
      return v;
    } catch (e) {
      setup.set(name, { seconds: (Date.now() - t) / 1000, ok: false });
      throw e;
    }
  };

  let packages: PackedPackage[];
  let registry: Registry | undefined;
  const runs: PortalRun[] = [];
  try {
    packages = values.tarballs
      ? tarballsIn(resolveTarballDir(values.tarballs))
      : await timed('pack', () =>
          packPackages(path.join(setupDir, 'pack.log')),
        );
    console.log(
      packages.map(p => `  ${p.name}@${p.version} ${p.tarball}`).join('\n'),
    );
    registry = await timed('registry', () => startRegistry(packages));
    console.log(`  local registry (Verdaccio) at ${registry.url}`);
    for (const variant of variants) {
      runs.push(
        await runPortal(variant, registry, {
          keep: values.keep!,
          updateLockfiles: values['update-lockfiles']!,
        }),
      );
    }
  } catch (e) {
    console.error(`\nSetup failed: ${(e as Error).message}`);
    if (e instanceof CommandFailed) console.error(e.output);
    console.error(`(logs in ${setupDir})`);
    process.exitCode = 1;
  } finally {
    await registry?.stop();
  }

  printSummary(runs, setup);
  console.log(`\nTotal: ${fmt((Date.now() - t0) / 1000)}`);
  for (const r of runs.filter(p => p.failure)) {
    console.log(
      `\n✗ ${r.variant.name} failed at ${r.failure!.step}: ${
        r.failure!.message
      }\n${r.failure!.output}`,
    );
    process.exitCode = 1;
  }
  if (!process.exitCode) {
    fs.rmSync(setupDir, { recursive: true, force: true });
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});

/**
 * A relative `--tarballs` directory is read from where the command was typed
 * (INIT_CWD), else from the repository root: Yarn resets INIT_CWD to this
 * workspace when `yarn test:adopter` is itself run from a root script.
 */
function resolveTarballDir(dir: string): string {
  const candidates = [process.env.INIT_CWD, REPO_ROOT]
    .filter((base): base is string => Boolean(base))
    .map(base => path.resolve(base, dir));
  return (
    candidates.find(candidate => fs.existsSync(candidate)) ?? candidates[0]
  );
}
