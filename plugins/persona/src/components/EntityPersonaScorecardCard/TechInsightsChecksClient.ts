import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * The persona coverage checks that
 * `@platform-personas/backstage-plugin-tech-insights-backend-module-persona`
 * ships, in the order the scorecard shows them.
 *
 * @public
 */
export const PERSONA_SCORECARD_CHECK_IDS = [
  'personaHasBuilder',
  'personaHasEnabler',
  'personaHasConsumer',
  'personaBuilderBusFactor',
  'personaNotOnlyInherited',
];

/**
 * One result of a tech-insights check run, as the tech-insights backend
 * answers `POST /checks/run/:namespace/:kind/:name`: the check, whether the
 * entity passes it (a boolean, for the JSON-rules checker), and the facts it
 * read.
 *
 * @public
 */
export type TechInsightsCheckResult = {
  check: {
    id: string;
    name: string;
    description: string;
    type?: string;
    factIds?: string[];
  };
  result: boolean | unknown;
  facts: Record<string, unknown>;
};

/**
 * Runs tech-insights checks on an entity through the tech-insights backend
 * itself (`/api/tech-insights`), so that the scorecard needs no
 * tech-insights frontend plugin. Errors are `ResponseError`s: a 404 means
 * tech insights is not installed in the backend.
 */
export class TechInsightsChecksClient {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async runChecks(
    entity: CompoundEntityRef,
    checks: string[],
  ): Promise<TechInsightsCheckResult[]> {
    const baseUrl = await this.discoveryApi.getBaseUrl('tech-insights');
    const path = [entity.namespace, entity.kind, entity.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/checks/run/${path}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ checks }),
      },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as TechInsightsCheckResult[];
  }
}

/** Whether an error says that the tech-insights backend is not there. */
export function isNotInstalled(error: Error): boolean {
  return (error as Partial<ResponseError>).statusCode === 404;
}
