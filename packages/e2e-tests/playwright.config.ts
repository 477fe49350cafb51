import { targetPaths } from '@backstage/cli-common';
import { defineConfig } from '@playwright/test';
import path from 'node:path';

const repoRoot = targetPaths.resolveRoot();

/** Where globalSetup keeps a portal's signed-in browser state (git-ignored). */
export function signedInStateFile(portal: string) {
  return path.join(__dirname, '.auth', `${portal}.json`);
}

/** The two example portals: one per frontend system, one shared backend. */
export const PORTALS = {
  'new-frontend-system': { baseURL: 'http://localhost:3000', app: 'app' },
  'legacy-frontend-system': {
    baseURL: 'http://localhost:3001',
    app: 'app-legacy',
  },
} as const;

const BACKEND_URL = 'http://localhost:7007';

// PERSONA_E2E_PORTALS=legacy-frontend-system runs against one portal only
export const selectedPortals = Object.entries(PORTALS).filter(
  ([name]) =>
    !process.env.PERSONA_E2E_PORTALS ||
    process.env.PERSONA_E2E_PORTALS.split(',').includes(name),
);

// Chromium floods a closed network with connection attempts unless these
// background features are off.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: './test-results',
  // Two cores run the backend and two dev servers: one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  globalSetup: './src/globalSetup.ts',
  use: {
    launchOptions: {
      executablePath: process.env.PERSONA_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    viewport: { width: 1440, height: 1000 },
    trace: 'retain-on-failure',
  },
  projects: selectedPortals.map(([name, { baseURL }]) => ({
    name,
    // signed in as guest once, by globalSetup, through the sign-in page
    use: { baseURL, storageState: signedInStateFile(name) },
  })),
  // The portal exactly as the README starts it; a portal already running on
  // these ports is used as it is.
  webServer: [
    {
      command: 'yarn workspace backend start',
      cwd: repoRoot,
      url: `${BACKEND_URL}/.backstage/health/v1/readiness`,
      reuseExistingServer: true,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...selectedPortals.map(([, { baseURL, app }]) => ({
      command: `yarn workspace ${app} start`,
      cwd: repoRoot,
      url: baseURL,
      reuseExistingServer: true,
      timeout: 240_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    })),
  ],
});
