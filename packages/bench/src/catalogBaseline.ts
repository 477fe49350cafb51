import { load, LoadAmount, LoadResult } from './load';

/** The catalog's own read of an entity by name, for a ref such as `group:default/a`. */
export function catalogByNamePath(ref: string): string {
  const [kind, rest] = ref.split(':');
  return `/api/catalog/entities/by-name/${kind}/${rest}`;
}

/**
 * Baseline 2: the catalog's own `GET /entities/by-name/:kind/:ns/:name` of
 * the same entity, for the same caller and at the same concurrency as the
 * persona view it is compared with.
 */
export async function catalogByNameLoad(
  baseUrl: string,
  ref: string,
  token: string,
  amount: LoadAmount,
  concurrency: number,
): Promise<LoadResult> {
  const url = `${baseUrl}${catalogByNamePath(ref)}`;
  await load(url, token, { requests: 5 }, 1);
  return load(url, token, amount, concurrency);
}
