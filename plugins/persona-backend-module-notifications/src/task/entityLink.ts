import { parseEntityRef } from '@backstage/catalog-model';

/** The path of an entity's page in the catalog, as notification links take it. */
export function entityLink(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}`;
}
