import { useApi } from '@backstage/core-plugin-api';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
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
 * one request.
 */
export function usePersonaView(entityRef: string): PersonaViewState {
  const personaApi = useApi(personaApiRef);
  const [attempt, setAttempt] = useState(0);
  const { loading, error, value } = useAsync(
    () => fetchSharedView(personaApi, entityRef, { fresh: attempt > 0 }),
    [personaApi, entityRef, attempt],
  );
  const retry = useCallback(() => setAttempt(current => current + 1), []);
  return { loading, error, value, retry };
}
