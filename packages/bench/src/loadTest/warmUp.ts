import { LabelledRequest } from './runLoad';

/**
 * Asks every request once before measuring, so that first-time costs
 * (compiling, caches) stay out of the figures; says which ones fail.
 */
export async function warmUp(
  baseUrl: string,
  token: string,
  requests: LabelledRequest[],
  log: (message: string) => void,
) {
  const failed: string[] = [];
  for (const { path } of requests) {
    const res = await fetch(`${baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    if (!res.ok) failed.push(`${res.status} ${path}`);
  }
  if (failed.length > 0) {
    log(
      `warm-up: ${failed.length} requests failed: ${failed
        .slice(0, 5)
        .join(', ')}`,
    );
  }
}
