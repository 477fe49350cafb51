import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PersonaCoverageResponse,
  PersonaValidateResponse,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaApi, PersonaCoverageQuery } from './PersonaApi';

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
  ): Promise<PersonaViewResponse> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind.toLocaleLowerCase('en-US'), namespace, name]
      .map(encodeURIComponent)
      .join('/');
    return this.request(`/views/by-name/${path}`);
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
    return (await response.json()) as T;
  }
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
