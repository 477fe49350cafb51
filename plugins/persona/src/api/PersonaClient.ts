import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PersonaCoverageResponse,
  PersonaValidateResponse,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaApi, PersonaCoverageQuery } from './PersonaApi';

/**
 * The {@link PersonaApi} over HTTP: calls `/api/persona/v1` of the backend
 * found through the discovery API, with the credentials of the fetch API,
 * and turns every error response into a `ResponseError`.
 *
 * @public
 */
export class PersonaClient implements PersonaApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getView(
    entityRef: string | CompoundEntityRef,
  ): Promise<PersonaViewResponse> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind.toLocaleLowerCase('en-US'), namespace, name]
      .map(encodeURIComponent)
      .join('/');
    return this.request(`/views/by-name/${path}`);
  }

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

  async validate(content: string): Promise<PersonaValidateResponse> {
    return this.request('/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content }),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('persona');
    const response = await this.fetchApi.fetch(`${baseUrl}/v1${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
