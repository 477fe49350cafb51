import { getCompoundEntityRef, Entity } from '@backstage/catalog-model';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  TechInsightsCheckResult,
  TechInsightsChecksClient,
} from './TechInsightsChecksClient';

/**
 * The results of the checks on an entity, in the order of `checkIds`
 * (results of checks not asked for are left out).
 */
export function useScorecardChecks(entity: Entity, checkIds: string[]) {
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const client = useMemo(
    () => new TechInsightsChecksClient({ discoveryApi, fetchApi }),
    [discoveryApi, fetchApi],
  );
  const ref = getCompoundEntityRef(entity);
  const key = checkIds.join(',');
  return useAsyncRetry(async (): Promise<TechInsightsCheckResult[]> => {
    const results = await client.runChecks(ref, checkIds);
    const byId = new Map(results.map(r => [r.check.id, r]));
    return checkIds.flatMap(id => byId.get(id) ?? []);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, ref.kind, ref.namespace, ref.name, key]);
}
