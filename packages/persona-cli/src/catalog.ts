import { CatalogClient } from '@backstage/catalog-client';
import { isError, ResponseError } from '@backstage/errors';
import { CatalogUnavailableError } from './errors';

/**
 * How to reach the catalog: the base URL of its API (what the discovery of
 * a backend returns for `catalog`, such as `http://localhost:7007/api/catalog`)
 * and the token to send, if any.
 *
 * @public
 */
export type CatalogTarget = { url: string; token?: string };

function explain(error: unknown, url: string): CatalogUnavailableError {
  // the reason goes into the message; a cause would repeat it
  if (error instanceof ResponseError) {
    const { status, statusText } = error.response;
    // what the backend said, unless the client made it up from the status
    const said = error.body?.error?.message?.startsWith('Request failed')
      ? undefined
      : error.body?.error?.message;
    const hint =
      status === 401 || status === 403
        ? 'pass a token the backend accepts with --token or PERSONA_LINT_TOKEN'
        : 'check that --catalog-url is the base of the catalog API, such as http://localhost:7007/api/catalog';
    return new CatalogUnavailableError(
      `the catalog at ${url} answered ${status} ${statusText}${
        said ? ` (${said})` : ''
      }: ${hint}`,
    );
  }
  const reason = isError(error) ? error.message : String(error);
  return new CatalogUnavailableError(
    `cannot reach the catalog at ${url}: ${reason}`,
  );
}

/**
 * Asks the catalog, in one `getEntitiesByRefs` request (which the client
 * splits only for very long lists), which of the refs it knows, and
 * returns those it does not. Fails with a {@link CatalogUnavailableError}
 * when the catalog cannot answer.
 *
 * @public
 */
export async function findUnresolvedRefs(
  target: CatalogTarget,
  refs: string[],
): Promise<Set<string>> {
  if (!refs.length) return new Set();
  const client = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => target.url },
  });
  let items;
  try {
    ({ items } = await client.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      target.token ? { token: target.token } : undefined,
    ));
  } catch (error) {
    throw explain(error, target.url);
  }
  if (items.length !== refs.length) {
    throw new CatalogUnavailableError(
      `the catalog at ${target.url} answered ${items.length} entities for ${refs.length} refs`,
    );
  }
  return new Set(refs.filter((_, index) => !items[index]));
}
