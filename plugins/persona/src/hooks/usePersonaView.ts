import { useApi } from '@backstage/core-plugin-api';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../api';
import { fetchSharedView } from './sharedViewRequests';

/** The state of a persona view request, and a way to ask again. */
export type PersonaViewState = {
  loading: boolean;
  error?: Error;
  value?: PersonaViewResponse;
  retry: () => void;
};

/**
 * The persona view of an entity. Components that show the same entity share
 * one request — a retry too: a failure is never shared, so a retry asks
 * again, together with any other component retrying at the same time.
 */
export function usePersonaView(entityRef: string): PersonaViewState {
  const personaApi = useApi(personaApiRef);
  const { loading, error, value, retry } = useAsyncRetry(
    () => fetchSharedView(personaApi, entityRef),
    [personaApi, entityRef],
  );
  return { loading, error, value, retry };
}
