import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** The catalog accepts at most this many refs in one getEntitiesByRefs call. */
const CHUNK_SIZE = 1000;

/**
 * The refs among `refs` that the caller can read in the catalog: one
 * `getEntitiesByRefs` call with the caller's credentials per 1,000 refs, with
 * a projection small enough to cost next to nothing.
 */
export async function readableRefs(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const readable = new Set<string>();
  for (let start = 0; start < refs.length; start += CHUNK_SIZE) {
    const chunk = refs.slice(start, start + CHUNK_SIZE);
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: chunk,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    items.forEach((item, i) => item && readable.add(chunk[i]));
  }
  return readable;
}
