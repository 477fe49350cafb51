import { BenchBackend } from './startBench';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Waits until the catalog holds every generated entity and the persona index
 * has settled on a complete catalog: its version (a digest of the catalog
 * data it read) stayed the same for longer than `stableForMs`, which spans an
 * index rebuild. Returns the ingestion time in seconds.
 */
export async function waitForIngestion(
  bench: BenchBackend,
  expected: number,
  rootRef: string,
  log: (message: string) => void,
  stableForMs = 40_000,
) {
  const headers = { authorization: `Bearer ${bench.serviceToken}` };
  const kinds = [
    'group',
    'user',
    'component',
    'api',
    'system',
    'resource',
    'persona',
  ];
  const countUrl = `${
    bench.baseUrl
  }/api/catalog/entities/by-query?limit=1&${kinds
    .map(k => `filter=kind=${k}`)
    .join('&')}`;
  let lastLog = 0;
  let ingested = 0;
  for (;;) {
    if (bench.process.exitCode !== null) {
      throw new Error(
        `the bench backend exited with ${bench.process.exitCode}`,
      );
    }
    try {
      const res = await fetch(countUrl, { headers });
      if (res.ok) ingested = (await res.json()).totalItems;
    } catch {
      // not listening yet
    }
    if (ingested >= expected) break;
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      log(`ingesting: ${ingested} of ${expected} entities`);
    }
    await sleep(2_000);
  }
  const ingestionSeconds = (Date.now() - bench.startedAt) / 1000;
  log(
    `all ${expected} entities in the catalog after ${ingestionSeconds.toFixed(
      0,
    )} s`,
  );

  const [kind, rest] = rootRef.split(':');
  const rootUrl = `${bench.baseUrl}/api/persona/v1/views/by-name/${kind}/${rest}`;
  let seen: { version: string; since: number } | undefined;
  for (;;) {
    const res = await fetch(rootUrl, { headers });
    if (res.ok) {
      const { meta } = await res.json();
      if (!seen || seen.version !== meta.indexVersion) {
        if (seen) log('relations still settling; waiting for the index');
        seen = { version: meta.indexVersion, since: Date.now() };
      } else if (Date.now() - seen.since > stableForMs) {
        break;
      }
    }
    await sleep(5_000);
  }
  return {
    ingestionSeconds,
    settledSeconds: (Date.now() - bench.startedAt) / 1000,
  };
}
