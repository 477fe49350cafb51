/** The entity kinds that have a persona view, in the order rows are printed. */
export const VIEW_KINDS = [
  'group',
  'user',
  'component',
  'resource',
  'system',
  'api',
  'persona',
];

/** An entity of the portal's catalog that has a persona view. */
export type PortalEntity = { kind: string; namespace: string; name: string };

/**
 * The entities of the portal's catalog that have a persona view (at most
 * `limit`), read with the caller's token: what the load test asks views of.
 */
export async function listPortalEntities(
  baseUrl: string,
  token: string,
  limit = 1000,
): Promise<PortalEntity[]> {
  const query = new URLSearchParams({
    fields: 'kind,metadata.namespace,metadata.name',
    limit: String(limit),
  });
  for (const kind of VIEW_KINDS) query.append('filter', `kind=${kind}`);
  const res = await fetch(`${baseUrl}/api/catalog/entities/by-query?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) {
    throw new Error(`listing the catalog failed: ${res.status}`);
  }
  const { items } = await res.json();
  return items
    .map((e: any) => ({
      kind: String(e.kind).toLocaleLowerCase('en-US'),
      namespace: e.metadata.namespace ?? 'default',
      name: e.metadata.name,
    }))
    .sort(
      (a: PortalEntity, b: PortalEntity) =>
        VIEW_KINDS.indexOf(a.kind) - VIEW_KINDS.indexOf(b.kind) ||
        a.name.localeCompare(b.name),
    );
}

/** The path of an entity's persona view. */
export function viewPath(e: PortalEntity): string {
  return `/api/persona/v1/views/by-name/${e.kind}/${encodeURIComponent(
    e.namespace,
  )}/${encodeURIComponent(e.name)}`;
}

/** The path of the catalog's own read of an entity. */
export function catalogEntityPath(e: PortalEntity): string {
  return `/api/catalog/entities/by-name/${e.kind}/${encodeURIComponent(
    e.namespace,
  )}/${encodeURIComponent(e.name)}`;
}
