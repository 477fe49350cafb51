import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {
  CHROMIUM_FLAGS,
  PORTALS,
  selectedPortals,
  signedInStateFile,
} from '../playwright.config';
import { getAsGuest, getGuestToken } from './support/backend';
import { signInAsGuestAndSave } from './support/portal';

const READY_TIMEOUT_MS = 240_000;
const POLL_MS = 2_000;

// Longer than the example portal's index refresh (10 s): a rebuild happened.
const STABLE_FOR_MS = 15_000;

type IndexMeta = { indexVersion: string; indexEntityCount: number };

async function readState(token: string) {
  const catalog = await getAsGuest<{ totalItems: number }>(
    token,
    '/api/catalog/entities/by-query?limit=1',
  );
  const view = await getAsGuest<{ meta: IndexMeta }>(
    token,
    '/api/persona/v1/views/by-name/group/default/platform-team',
  );
  return { catalogCount: catalog?.totalItems, meta: view?.meta };
}

/** Signs in as guest on each portal under test, once for all tests. */
async function signInToEachPortal() {
  const browser = await chromium.launch({
    executablePath: process.env.PERSONA_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  try {
    for (const [name] of selectedPortals) {
      const stateFile = signedInStateFile(name);
      fs.mkdirSync(path.dirname(stateFile), { recursive: true });
      await signInAsGuestAndSave(
        browser,
        PORTALS[name as keyof typeof PORTALS].baseURL,
        stateFile,
      );
    }
  } finally {
    await browser.close();
  }
}

/**
 * Waits until the example catalog is ingested and the persona index holds
 * all of it, with relations settled: the index version (a digest of the
 * catalog data it read) must stay the same across an index rebuild after the
 * index first saw every catalog entity.
 */
export default async function globalSetup() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const token = await getGuestToken();
  let complete: { version: string; since: number } | undefined;
  let last: Awaited<ReturnType<typeof readState>> | undefined;
  while (Date.now() < deadline) {
    last = await readState(token);
    const { catalogCount, meta } = last;
    if (meta && catalogCount && meta.indexEntityCount >= catalogCount) {
      if (complete?.version !== meta.indexVersion) {
        complete = { version: meta.indexVersion, since: Date.now() };
      } else if (Date.now() - complete.since > STABLE_FOR_MS) {
        await signInToEachPortal();
        return;
      }
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    `The persona index did not settle on the example catalog within ${
      READY_TIMEOUT_MS / 1000
    } s (last seen: ${JSON.stringify(last)})`,
  );
}
