import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Registers a throwaway user and returns its token. npm refuses to publish
 * without one (ENEEDAUTH), even where the registry lets anyone publish.
 */
async function registerPublisher(registryUrl: string): Promise<string> {
  const name = `publisher-${randomBytes(6).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const response = await fetch(
    new URL(`-/user/org.couchdb.user:${name}`, registryUrl),
    {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password, type: 'user', roles: [] }),
    },
  );
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) {
    throw new Error(
      `Could not register a publisher at ${registryUrl}: ${
        response.status
      } ${JSON.stringify(body)}`,
    );
  }
  return body.token;
}

/** npm's environment without the settings a calling `yarn run` or CI passed. */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.toLowerCase().startsWith('npm_config_'),
    ),
  );
}

/**
 * Publishes each tarball (`.tgz`, as `yarn pack` writes them) to the registry
 * at `registryUrl`, one after the other, with `npm publish`.
 *
 * The token npm needs is written to a temporary npmrc given with
 * `--userconfig`, never to `~/.npmrc`, and removed afterwards.
 *
 * @public
 */
export async function publishTarballs(
  registryUrl: string,
  tarballs: string[],
): Promise<void> {
  const url = registryUrl.endsWith('/') ? registryUrl : `${registryUrl}/`;
  const token = await registerPublisher(url);
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-'));
  const userconfig = path.join(configDir, 'npmrc');
  // npm keys a token by the registry URL without its protocol
  fs.writeFileSync(
    userconfig,
    `${url.replace(/^https?:/, '')}:_authToken=${token}\n`,
    { mode: 0o600 },
  );
  try {
    for (const tarball of tarballs) {
      try {
        await execFileAsync(
          'npm',
          [
            'publish',
            path.resolve(tarball),
            '--registry',
            url,
            '--userconfig',
            userconfig,
            '--ignore-scripts',
          ],
          { env: npmEnv(), cwd: configDir },
        );
      } catch (error) {
        const { stderr } = error as { stderr?: string };
        throw new Error(`npm publish ${tarball} failed:\n${stderr ?? error}`);
      }
    }
  } finally {
    fs.rmSync(configDir, { recursive: true, force: true });
  }
}
