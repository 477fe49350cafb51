import { PersonaListPage } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { listTotal } from './listTotal';
import {
  useViewListStore,
  ViewListOptions,
  ViewListStore,
} from './useViewListStore';

/** A list of a view with the pages loaded after its first items. */
export type ViewListPages<T> = {
  /** The view's items, then those loaded since. */
  items: T[];
  /** How long the whole list is. */
  total: number;
  hasMore: boolean;
  loading: boolean;
  error?: Error;
  /** The display names of the refs the loaded items name. */
  titles: Record<string, string>;
  /** Asks for the next page (after the items there are); once at a time. */
  loadMore: () => void;
};

/**
 * One list of a view that the view may have cut short (`page`), and its
 * further pages as the user asks for them: the items the view carried,
 * then each page loaded, with the list's total and a `loadMore` that asks
 * for the next page. Loaded pages are dropped when `items` change (the view
 * was loaded again).
 */
export function useViewListPages<T>(
  entityRef: string,
  items: T[],
  page?: PersonaListPage,
  options?: ViewListOptions,
): ViewListPages<T> {
  const store = useViewListStore(entityRef, items, options);
  return useStoredListPages(store, items, page);
}

/**
 * {@link useViewListPages} over a store that several lists share, so that
 * what they load adds up (the responsibility map).
 */
export function useStoredListPages<T>(
  store: ViewListStore,
  items: T[],
  page?: PersonaListPage,
): ViewListPages<T> {
  const loaded = page ? store.lists[page.list] : undefined;
  const all = useMemo(
    () => (loaded?.items.length ? [...items, ...(loaded.items as T[])] : items),
    [items, loaded?.items],
  );
  return listPagesOf(store, all, page, loaded);
}

/**
 * What a store holds of one list, for callers that handle a varying number
 * of lists and cannot call a hook per list.
 */
export function listPagesOf<T>(
  store: ViewListStore,
  all: T[],
  page: PersonaListPage | undefined,
  loaded = page ? store.lists[page.list] : undefined,
): ViewListPages<T> {
  const total = loaded?.total ?? listTotal(all, page);
  return {
    items: all,
    total,
    hasMore: !!page && !loaded?.exhausted && all.length < total,
    loading: !!loaded?.loading,
    error: loaded?.error,
    titles: store.titles,
    loadMore: () => {
      if (page) store.loadMore(page.list, all.length);
    },
  };
}
