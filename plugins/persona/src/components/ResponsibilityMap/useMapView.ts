import { useApi } from '@backstage/core-plugin-api';
import { HolderPersonaView } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../../api';
import { fetchSharedView } from '../../hooks/sharedViewRequests';

/** The view the map is drawn from, and whether it is still coming. */
export type MapViewState = {
  view?: HolderPersonaView;
  loading: boolean;
  error?: Error;
  retry: () => void;
};

/**
 * The view the responsibility map is drawn from. A view's first answer names
 * the sub-teams and the totals of their components, not the components, so
 * that it stays small for a large group; once the sub-teams are included,
 * the answer whose sub-teams carry their components is asked for (once per
 * page, shared) and its sub-teams take the place of the first answer's.
 */
export function useMapView(
  view: HolderPersonaView,
  includeSubTeams: boolean,
): MapViewState {
  const api = useApi(personaApiRef);
  const needed = includeSubTeams && (view.subTeams ?? []).length > 0;
  const answer = useAsyncRetry(async () => {
    if (!needed) return undefined;
    const whole = await fetchSharedView(
      api,
      view.entityRef,
      'withSubTeamComponents',
    );
    if (whole.type !== 'holder') {
      throw new Error(`Expected the holder view of ${view.entityRef}`);
    }
    return whole;
  }, [api, view.entityRef, needed]);
  const merged = useMemo(
    (): HolderPersonaView | undefined =>
      answer.value && {
        ...view,
        subTeams: answer.value.subTeams,
        subTeamPage: answer.value.subTeamPage,
        titles: { ...view.titles, ...answer.value.titles },
      },
    [view, answer.value],
  );
  if (!needed) return { view, loading: false, retry: answer.retry };
  return {
    view: merged,
    loading: answer.loading,
    error: answer.error,
    retry: answer.retry,
  };
}
