import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PersonaCoverageResponse,
  PersonaValidateResponse,
  PersonaViewListResponse,
  PersonaViewResponse,
  PlatformComponentFactsResponse,
  TeamApiDocument,
  TeamInteractionsResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import {
  PersonaApi,
  PersonaCoverageQuery,
  PersonaViewListRequest,
  PersonaViewOptions,
} from './PersonaApi';

/** Waits before each new attempt after a 503: about 7 s in all. */
const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 4000];
/** The longest wait a `Retry-After` header may ask for. */
const MAX_RETRY_DELAY_MS = 8000;

/**
 * The {@link PersonaApi} over HTTP: calls `/api/persona/v1` of the backend
 * found through the discovery API, with the credentials of the fetch API,
 * and turns every error response into a `ResponseError`.
 *
 * A 503 (the backend could not read the catalog in time, for instance while
 * its first index is built after a start) is asked again after a growing
 * delay, or the backend's `Retry-After` when longer, before it is an error.
 *
 * @public
 */
export class PersonaClient implements PersonaApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly retryDelaysMs: number[];

  constructor(options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    /** The waits before each new attempt after a 503; `[]` asks once. */
    retryDelaysMs?: number[];
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  /** {@inheritDoc PersonaApi.getView} */
  async getView(
    entityRef: string | CompoundEntityRef,
    options: PersonaViewOptions = {},
  ): Promise<PersonaViewResponse> {
    const params = (['limit', 'subTeamLimit'] as const)
      .filter(key => options[key] !== undefined)
      .map(key => `${key}=${String(options[key])}`);
    const search = params.length ? `?${params.join('&')}` : '';
    return this.request(`/views/by-name/${byNamePath(entityRef)}${search}`);
  }

  /** {@inheritDoc PersonaApi.getViewList} */
  async getViewList<T = unknown>(
    entityRef: string | CompoundEntityRef,
    request: PersonaViewListRequest,
  ): Promise<PersonaViewListResponse<T>> {
    // the pointer's slashes are encoded: it is one query value
    const params = [`list=${encodeURIComponent(request.list)}`];
    for (const key of ['offset', 'limit', 'subTeamLimit'] as const) {
      const value = request[key];
      if (value !== undefined) params.push(`${key}=${String(value)}`);
    }
    return this.request(
      `/views/by-name/${byNamePath(entityRef)}/list?${params.join('&')}`,
    );
  }

  /** {@inheritDoc PersonaApi.getInteractions} */
  async getInteractions(
    query: { group?: string } = {},
  ): Promise<TeamInteractionsResponse> {
    const search = query.group
      ? `?${new URLSearchParams({ group: query.group })}`
      : '';
    return this.request(`/interactions${search}`);
  }

  /** {@inheritDoc PersonaApi.getTeamApi} */
  async getTeamApi(
    groupRef: string | CompoundEntityRef,
  ): Promise<TeamApiDocument> {
    return this.request(`/team-api/by-name/${byNamePath(groupRef)}`);
  }

  /** {@inheritDoc PersonaApi.getTeamApiMarkdown} */
  async getTeamApiMarkdown(
    groupRef: string | CompoundEntityRef,
  ): Promise<string> {
    const response = await this.fetchWithRetries(
      `/team-api/by-name/${byNamePath(groupRef)}?format=markdown`,
    );
    return response.text();
  }

  /** {@inheritDoc PersonaApi.getComponentFacts} */
  async getComponentFacts(
    entityRefs: string[] = [],
  ): Promise<PlatformComponentFactsResponse> {
    const params = new URLSearchParams();
    for (const ref of entityRefs) params.append('entityRef', ref);
    const search = params.toString();
    return this.request(`/facts/components${search ? `?${search}` : ''}`);
  }

  /** {@inheritDoc PersonaApi.getCoverage} */
  async getCoverage(
    query: PersonaCoverageQuery = {},
  ): Promise<PersonaCoverageResponse> {
    const params = new URLSearchParams();
    for (const key of ['offset', 'limit', 'framework', 'type'] as const) {
      const value = query[key];
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const search = params.toString();
    return this.request(`/coverage${search ? `?${search}` : ''}`);
  }

  /** {@inheritDoc PersonaApi.validate} */
  async validate(content: string): Promise<PersonaValidateResponse> {
    return this.request('/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content }),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.fetchWithRetries(path, init);
    return (await response.json()) as T;
  }

  private async fetchWithRetries(
    path: string,
    init?: RequestInit,
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('persona');
    let response = await this.fetchApi.fetch(`${baseUrl}/v1${path}`, init);
    for (const delayMs of this.retryDelaysMs) {
      if (response.status !== 503) break;
      await sleep(Math.max(delayMs, retryAfterMs(response)));
      response = await this.fetchApi.fetch(`${baseUrl}/v1${path}`, init);
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

/** `kind/namespace/name` of a ref, as the `by-name` routes take it. */
function byNamePath(entityRef: string | CompoundEntityRef): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(encodeURIComponent)
    .join('/');
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds * 1000, MAX_RETRY_DELAY_MS)
    : 0;
}

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
