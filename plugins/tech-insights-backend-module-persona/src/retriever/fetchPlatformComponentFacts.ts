import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { PlatformComponentFactsResponse } from '@platform-personas/backstage-plugin-persona-common';

/**
 * Asks the persona backend for the coverage facts of every platform
 * component, in one request, with the tech-insights plugin's own service
 * credentials: a fact retriever runs on a schedule, for nobody in
 * particular, so it sees what the persona backend shows that service.
 *
 * A non-2xx answer throws a `ResponseError`, so that the tech-insights
 * engine logs the run as failed and stores nothing for it.
 */
export async function fetchPlatformComponentFacts(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}): Promise<PlatformComponentFactsResponse> {
  const { discovery, auth } = options;
  const baseUrl = await discovery.getBaseUrl('persona');
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'persona',
  });
  const response = await fetch(`${baseUrl}/v1/facts/components`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (!response.ok) {
    throw await ResponseError.fromResponse(response);
  }
  return (await response.json()) as PlatformComponentFactsResponse;
}
