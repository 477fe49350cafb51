import { useApi } from '@backstage/core-plugin-api';
import { useCallback, useRef, useState } from 'react';
import { personaApiRef } from '../api';

/** How many items "Show more" asks for at a time. */
export const VIEW_LIST_PAGE_SIZE = 50;

/** What has been loaded of one list beyond the view's first answer. */
export type LoadedList = {
  /** The items after those of the view, in order. */
  items: unknown[];
  /** The list's length as the last page told it. */
  total?: number;
  loading: boolean;
  error?: Error;
  /** True when a page came back empty: the list got shorter meanwhile. */
  exhausted?: boolean;
};

/** The lists loaded further of one view, by pointer, and their titles. */
export type ViewListStore = {
  lists: Record<string, LoadedList>;
  titles: Record<string, string>;
  loadMore: (list: string, offset: number) => void;
};

/** How the items of the pages a store loads are cut in their turn. */
export type ViewListOptions = {
  /**
   * How many components per mode the sub-teams of a page of sub-teams
   * carry: 0 where only their totals are shown.
   */
  subTeamLimit?: number;
};

type State = {
  key: unknown;
  lists: Record<string, LoadedList>;
  titles: Record<string, string>;
};

/**
 * The further pages of any lists of one view that a view answer cut short,
 * keyed by their JSON pointer. Several lists that add up to one thing (the
 * responsibility map) share one store; whatever was loaded is dropped when
 * `resetKey` (the view, or the first items) changes, and so are answers to
 * requests sent before that. A failure stays on its list, for a retry.
 */
export function useViewListStore(
  entityRef: string,
  resetKey: unknown,
  options: ViewListOptions = {},
): ViewListStore {
  const { subTeamLimit } = options;
  const api = useApi(personaApiRef);
  const [state, setState] = useState<State>(() => fresh(resetKey));
  const current = state.key === resetKey ? state : fresh(resetKey);
  const latest = useRef(current);
  latest.current = current;

  const loadMore = useCallback(
    (list: string, offset: number) => {
      if (latest.current.lists[list]?.loading) return;
      const update = (
        change: (old: LoadedList | undefined) => LoadedList,
        titles?: Record<string, string>,
      ) =>
        setState(prev => {
          // an answer to a request for an earlier view is dropped
          if (latest.current.key !== resetKey) return prev;
          const base = prev.key === resetKey ? prev : fresh(resetKey);
          return {
            key: resetKey,
            lists: { ...base.lists, [list]: change(base.lists[list]) },
            titles: titles ? { ...base.titles, ...titles } : base.titles,
          };
        });
      update(old => ({ items: [], ...old, loading: true, error: undefined }));
      api
        .getViewList(entityRef, {
          list,
          offset,
          limit: VIEW_LIST_PAGE_SIZE,
          ...(subTeamLimit !== undefined && { subTeamLimit }),
        })
        .then(
          answer =>
            update(
              old => ({
                items: [...(old?.items ?? []), ...answer.items],
                total: answer.total,
                loading: false,
                exhausted: answer.items.length === 0,
              }),
              answer.titles,
            ),
          error =>
            update(old => ({
              items: [],
              ...old,
              loading: false,
              error: error instanceof Error ? error : new Error(String(error)),
            })),
        );
    },
    [api, entityRef, resetKey, subTeamLimit],
  );

  return { lists: current.lists, titles: current.titles, loadMore };
}

function fresh(key: unknown): State {
  return { key, lists: {}, titles: {} };
}
