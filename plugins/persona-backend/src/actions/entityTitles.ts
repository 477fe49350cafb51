import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

/**
 * The display names (title, or a profile's display name) of `refs` that the
 * caller may read, asked of the catalog with the caller's credentials. Only
 * for refs already in an answer; a catalog that fails leaves them untitled
 * rather than failing the answer.
 */
export async function entityTitles(
  catalog: CatalogService,
  refs: Iterable<string>,
  credentials: BackstageCredentials,
): Promise<Record<string, string>> {
  const entityRefs = [...new Set(refs)];
  const titles: Record<string, string> = {};
  if (entityRefs.length === 0) return titles;
  try {
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs, fields: FIELDS },
      { credentials },
    );
    for (const entity of items) {
      if (!entity) continue;
      const profile = entity.spec?.profile as
        | { displayName?: string }
        | undefined;
      const title = entity.metadata.title ?? profile?.displayName;
      if (title) titles[stringifyEntityRef(entity)] = title;
    }
  } catch {
    // titles are a courtesy: the refs answer the question
  }
  return titles;
}
