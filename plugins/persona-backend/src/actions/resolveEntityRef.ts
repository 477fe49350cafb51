import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** `kind:namespace/name`, each part optional but the name. */
const REF = /^(?:([^:/\s]+):)?(?:([^:/\s]+)\/)?([^:/\s]+)$/;
const FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];
const MAX_CANDIDATES = 20;

/** What to resolve a name among, and what to say when it names nothing. */
export type ResolveEntityRefOptions = {
  /** The input field, for the messages. */
  field: string;
  /** The kinds (lower case) a bare name is looked up among. */
  kinds: readonly string[];
  /** What to try when nothing matches. */
  notFoundHint: string;
};

/**
 * The full ref of what `input` names: a full ref as it is; a bare name,
 * `kind:name` or `namespace/name` (or failing that, a title) as the catalog
 * resolves it with the caller's credentials, so that nothing the caller may
 * not read is ever a candidate. Several matches are an `InputError` listing
 * them; none a `NotFoundError` saying what to try.
 */
export async function resolveEntityRef(
  catalog: CatalogService,
  input: string,
  credentials: BackstageCredentials,
  options: ResolveEntityRefOptions,
): Promise<string> {
  const text = input.trim();
  const match = REF.exec(text);
  if (match && match[1] && match[2]) {
    return stringifyEntityRef({
      kind: match[1],
      namespace: match[2],
      name: match[3],
    });
  }
  const find = async (filter: Record<string, string | string[]>) => {
    const { items } = await catalog.getEntities(
      { filter, fields: FIELDS, limit: MAX_CANDIDATES },
      { credentials },
    );
    return [...new Set(items.map(entity => stringifyEntityRef(entity)))];
  };
  const kind = match?.[1] ?? [...options.kinds];
  let candidates: string[] = [];
  if (match) {
    candidates = await find({
      'metadata.name': match[3],
      ...(match[2] ? { 'metadata.namespace': match[2] } : {}),
      kind,
    });
  }
  if (candidates.length === 0) {
    candidates = await find({ 'metadata.title': text, kind });
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) {
    throw new NotFoundError(
      `Nothing you may read in the catalog is called "${text}" (looked for a ${
        typeof kind === 'string' ? kind : kind.join(', ')
      } with that name or title). ${options.notFoundHint}`,
    );
  }
  throw new InputError(
    `${options.field} "${text}" is ambiguous: it names ${candidates
      .sort()
      .join(', ')}. Ask again with one of these full refs.`,
  );
}
