const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Waits until the portal's persona index holds every entity of its catalog,
 * on two successive index builds, so that the catalog has stopped growing
 * before the load starts.
 */
export async function waitForPortalIndex(options: {
  baseUrl: string;
  token: string;
  log: (message: string) => void;
  timeoutMs?: number;
}) {
  const { baseUrl, log } = options;
  const headers = { authorization: `Bearer ${options.token}` };
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let completeBuild: string | undefined;
  let last = '';
  for (;;) {
    const [catalog, coverage] = await Promise.all([
      fetch(`${baseUrl}/api/catalog/entities/by-query?limit=1`, { headers }),
      fetch(`${baseUrl}/api/persona/v1/coverage?limit=1`, { headers }),
    ]);
    const catalogCount = catalog.ok ? (await catalog.json()).totalItems : -1;
    const meta = coverage.ok ? (await coverage.json()).meta : undefined;
    last = `coverage ${coverage.status}, index ${meta?.indexEntityCount} of ${catalogCount} entities`;
    if (meta && meta.indexEntityCount === catalogCount) {
      if (completeBuild && completeBuild !== meta.indexBuiltAt) {
        log(`persona index complete: ${catalogCount} entities`);
        return;
      }
      completeBuild ??= meta.indexBuiltAt;
    } else {
      completeBuild = undefined;
    }
    if (Date.now() > deadline) {
      throw new Error(`the persona index is not complete: ${last}`);
    }
    await sleep(2_000);
  }
}
