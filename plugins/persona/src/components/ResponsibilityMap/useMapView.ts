import { useApi } from '@backstage/core-plugin-api';
import { HolderPersonaView } from '@platform-personas/backstage-plugin-persona-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../../api';
import { fetchSharedView } from '../../hooks/sharedViewRequests';

/** The view the map is drawn from, and whether the sub-teams' part is still coming. */
export type MapViewState = {
  /**
   * The answer with the sub-teams' components once the sub-teams are
   * included and it is there; the first answer otherwise.
   */
  view: HolderPersonaView;
  /** True when `view` carries what the sub-teams hold, components included. */
  withSubTeams: boolean;
  loading: boolean;
  error?: Error;
  retry: () => void;
};

/**
 * The view the responsibility map is drawn from. A view's first answer names
 * the sub-teams and the totals of their components, not the components, so
 * that it stays small for a large group; the first time the sub-teams are
 * included, the answer whose sub-teams carry their components is asked for,
 * and it is kept while the switch is turned off and on again. That answer
 * is used whole rather than merged into the first, so that nothing in the
 * map comes from two versions of the index.
 */
export function useMapView(
  view: HolderPersonaView,
  includeSubTeams: boolean,
): MapViewState {
  const api = useApi(personaApiRef);
  const needed = includeSubTeams && (view.subTeams ?? []).length > 0;
  const [askedFor, setAskedFor] = useState<string>();
  if (needed && askedFor !== view.entityRef) {
    setAskedFor(view.entityRef);
  }
  const asked = askedFor === view.entityRef;
  const answer = useAsyncRetry(async () => {
    if (!asked) return undefined;
    const whole = await fetchSharedView(
      api,
      view.entityRef,
      'withSubTeamComponents',
    );
    if (whole.type !== 'holder') {
      throw new Error(`Expected the holder view of ${view.entityRef}`);
    }
    return whole;
  }, [api, view, asked]);
  if (!needed) {
    return { view, withSubTeams: false, loading: false, retry: answer.retry };
  }
  return {
    view: answer.value ?? view,
    withSubTeams: answer.value !== undefined,
    loading: answer.loading,
    error: answer.error,
    retry: answer.retry,
  };
}
