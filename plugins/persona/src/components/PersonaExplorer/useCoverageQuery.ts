import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CoverageFilterValues } from '../CoverageFilters';

/** Page sizes the explorer offers; the backend serves at most 500. */
export const PAGE_SIZES = [25, 50, 100, 500];

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

/**
 * The explorer's query — filters, team search and the page of teams — kept
 * in the URL, so that a filtered matrix can be shared as a link and survives
 * a reload. The gap lists page on their own, on the page only.
 */
export function useCoverageQuery() {
  const [params, setParams] = useSearchParams();
  const framework = params.get('framework') || undefined;
  const type = params.get('type') || undefined;
  const team = params.get('team') ?? '';
  const limit = PAGE_SIZES.includes(Number(params.get('limit')))
    ? Number(params.get('limit'))
    : PAGE_SIZES[0];
  const offset = positiveInt(params.get('offset'), 0);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      setParams(
        current => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '' || value === 0) {
              next.delete(key);
            } else {
              next.set(key, String(value));
            }
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const filters: CoverageFilterValues = useMemo(
    () => ({ framework, type }),
    [framework, type],
  );

  return {
    filters,
    team,
    offset,
    limit,
    // A new filter, search or page size starts over at the first page
    setFilters: (values: CoverageFilterValues) =>
      update({ framework: values.framework, type: values.type, offset: 0 }),
    setTeam: (search: string) => update({ team: search, offset: 0 }),
    setPage: (page: number) => update({ offset: page * limit }),
    setLimit: (size: number) => update({ limit: size, offset: 0 }),
  };
}
