import { parseAllDocuments } from 'yaml';

/**
 * What a catalog makes of a text before any processor sees it, for packages
 * without the catalog's own reader: `parseEntityYaml` of
 * `@backstage/plugin-catalog-node` (YAML 1.2, no merge keys, duplicate keys
 * and alias bombs rejected, a document that is not a map rejected), then the
 * JSON that the catalog stores each unprocessed entity as (a cycle cannot be
 * stored). Unlike the catalog, it writes no warnings.
 */
export function readLikeTheCatalog(
  text: string,
): { entities: unknown[] } | { rejected: string } {
  try {
    const entities: unknown[] = [];
    for (const doc of parseAllDocuments(text, {
      merge: false,
      logLevel: 'error',
    })) {
      if (doc.errors.length) return { rejected: doc.errors[0].message };
      const json = doc.toJSON();
      if (json === null) continue;
      if (typeof json !== 'object' || Array.isArray(json)) {
        return { rejected: `Expected object at root, got ${typeof json}` };
      }
      entities.push(JSON.parse(JSON.stringify(json)));
    }
    return { entities };
  } catch (error) {
    return { rejected: String(error) };
  }
}
