import {
  PersonaCoverageResponse,
  PersonaCoverageRow,
} from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { sortTeamRows, teamMatches } from '../CoverageLabels';
import { CoverageRequests } from './CoverageRequests';

/**
 * The team rows to show: the page the backend answered, sorted by title; or,
 * while a search is typed, every team under the filters (read once) that
 * matches it, paged here with the same offset and limit.
 */
export function useTeamRows(options: {
  requests: CoverageRequests;
  shown: PersonaCoverageResponse;
  search: string;
  offset: number;
  limit: number;
}): {
  rows: PersonaCoverageRow[];
  total: number;
  loading: boolean;
  error?: Error;
} {
  const { requests, shown, offset, limit } = options;
  const search = options.search.trim();
  const searching = search.length > 0;
  const whole = useAsync(
    async () => (searching ? requests.wholeCoverage(shown) : undefined),
    [requests, shown, searching],
  );
  const matching = useMemo(
    () =>
      whole.value &&
      sortTeamRows(whole.value.teams.filter(row => teamMatches(row, search))),
    [whole.value, search],
  );

  if (!searching) {
    return {
      rows: sortTeamRows(shown.teams.items),
      total: shown.teams.total,
      loading: false,
    };
  }
  return {
    rows: matching?.slice(offset, offset + limit) ?? [],
    total: matching?.length ?? 0,
    loading: whole.loading,
    error: whole.error,
  };
}
