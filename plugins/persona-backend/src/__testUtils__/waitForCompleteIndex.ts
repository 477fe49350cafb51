import request from 'supertest';

/**
 * Waits until the catalog has processed the example catalog and the persona
 * index holds every entity the catalog has, with the relations stitched that
 * `ready` looks for — so a test never races the catalog's processing loop.
 */
export async function waitForCompleteIndex(
  server: Parameters<typeof request>[0],
  authorization: string,
  ready: (personaView: any) => boolean,
  timeoutMs = 90_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [catalog, view] = await Promise.all([
      request(server)
        .get('/api/catalog/entities/by-query?limit=1')
        .set('Authorization', authorization),
      request(server)
        .get(
          '/api/persona/v1/views/by-name/persona/default/activiti-cloud-developer',
        )
        .set('Authorization', authorization),
    ]);
    if (
      view.status === 200 &&
      ready(view.body) &&
      view.body.meta.indexEntityCount === catalog.body.totalItems
    ) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `example catalog not ready: ${view.status}, index ${view.body.meta?.indexEntityCount} of ${catalog.body.totalItems} entities`,
      );
    }
    await new Promise(r => setTimeout(r, 500));
  }
}
