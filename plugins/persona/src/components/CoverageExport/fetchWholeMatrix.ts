import {
  PersonaCoverageResponse,
  PersonaCoverageRow,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaApi } from '../../api';
import { CoverageFilterValues } from '../CoverageFilters';

/** The largest page the backend serves. */
const MAX_PAGE = 500;

/**
 * Every row of the matrix under the given filters. The page on screen is
 * enough when it holds every row; otherwise the rows are read in the largest
 * pages the backend allows.
 */
export async function fetchWholeMatrix(
  api: PersonaApi,
  filters: CoverageFilterValues,
  shown: PersonaCoverageResponse,
): Promise<{ personas: PersonaSummary[]; teams: PersonaCoverageRow[] }> {
  if (
    shown.teams.offset === 0 &&
    shown.teams.items.length >= shown.teams.total
  ) {
    return { personas: shown.personas, teams: shown.teams.items };
  }
  const first = await api.getCoverage({
    ...filters,
    offset: 0,
    limit: MAX_PAGE,
  });
  const teams = [...first.teams.items];
  while (teams.length < first.teams.total) {
    const page = await api.getCoverage({
      ...filters,
      offset: teams.length,
      limit: MAX_PAGE,
    });
    if (page.teams.items.length === 0) {
      break; // the catalog shrank while we read it
    }
    teams.push(...page.teams.items);
  }
  return { personas: first.personas, teams };
}
