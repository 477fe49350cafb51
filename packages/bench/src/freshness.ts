import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { personaViewPath } from './benchViews';
import { catalogByNamePath } from './catalogBaseline';

const TIMEOUT_MS = 120_000;
const POLL_MS = 100;
const REFRESH_AGAIN_MS = 5_000;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** How long a change took to show, from the write of the catalog file. */
export type Freshness = {
  change: string;
  /** Milliseconds until the catalog's by-name read showed it; undefined: not within the timeout. */
  catalogMs?: number;
  /** Milliseconds until the persona view showed it. */
  personaMs?: number;
  timeoutMs: number;
  /** `POST /refresh` calls until the catalog showed it. */
  refreshes: number;
};

/**
 * Makes a user hold one more persona — the persona's `spec.holders` rewritten
 * in the catalog file the bench feeds it from, then `POST /refresh` of the
 * persona, as a provider or a webhook would ask, again every 5 s until the
 * catalog shows it — and polls every 100 ms the catalog's by-name read of
 * the persona and the user's persona view until each shows it.
 */
export async function measureFreshness(options: {
  baseUrl: string;
  token: string;
  workDir: string;
  userRef: string;
  personas: number;
}): Promise<Freshness> {
  const { baseUrl, token, userRef } = options;
  const headers = { authorization: `Bearer ${token}` };
  const get = async (p: string) => {
    const res = await fetch(`${baseUrl}${p}`, { headers });
    return res.ok ? res.text() : '';
  };
  const userView = personaViewPath(userRef);
  const before = await get(userView);
  let name: string | undefined;
  for (let i = options.personas - 1; i >= 0 && !name; i--) {
    if (!before.includes(`"persona:default/persona-${i}"`)) {
      name = `persona-${i}`;
    }
  }
  if (!name) throw new Error(`${userRef} already holds every persona`);
  const personaRef = `persona:default/${name}`;
  const change = `${userRef} added to spec.holders of ${personaRef}`;

  const file = fs
    .readdirSync(options.workDir)
    .filter(f => /^(entities|personas)-\d+\.yaml$/.test(f))
    .map(f => path.join(options.workDir, f))
    .find(f => fs.readFileSync(f, 'utf8').includes(`name: ${name}\n`));
  if (!file) throw new Error(`no catalog file holds ${personaRef}`);
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
  const doc = docs.find(
    d =>
      d.getIn(['kind']) === 'Persona' && d.getIn(['metadata', 'name']) === name,
  )!;
  const holders = (doc.toJS().spec.holders as string[]) ?? [];
  doc.setIn(['spec', 'holders'], [...holders, userRef]);

  let refreshes = 0;
  let lastRefresh = 0;
  const refresh = async () => {
    const res = await fetch(`${baseUrl}/api/catalog/refresh`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ entityRef: personaRef }),
    });
    lastRefresh = performance.now();
    // The first must be taken; a later one that fails is asked again.
    if (res.ok) refreshes += 1;
    else if (refreshes === 0) {
      throw new Error(`POST /refresh answered ${res.status}`);
    }
  };
  const written = performance.now();
  fs.writeFileSync(file, docs.map(d => d.toString()).join('---\n'));
  await refresh();

  const result: Freshness = { change, timeoutMs: TIMEOUT_MS, refreshes: 0 };
  while (performance.now() - written < TIMEOUT_MS) {
    // The refresh makes the persona and its file's location due at once;
    // when the persona is processed before the file is read again, it
    // keeps its old content until its next processing interval.
    if (
      result.catalogMs === undefined &&
      performance.now() - lastRefresh >= REFRESH_AGAIN_MS
    ) {
      await refresh();
    }
    const [entity, view] = await Promise.all([
      result.catalogMs === undefined ? get(catalogByNamePath(personaRef)) : '',
      get(userView),
    ]);
    const now = performance.now() - written;
    if (result.catalogMs === undefined && entity.includes(`"${userRef}"`)) {
      result.catalogMs = now;
    }
    if (view.includes(`"${personaRef}"`)) {
      result.personaMs = now;
      result.catalogMs ??= now;
      break;
    }
    await sleep(POLL_MS);
  }
  result.refreshes = refreshes;
  return result;
}
