import {
  PersonaCoverageResponse,
  PersonaCoverageRow,
  PersonaPage,
  PersonaSummary,
  UncoveredComponent,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaApi } from '../../api';
import { CoverageFilterValues } from '../CoverageFilters';

/** The largest page the backend serves. */
const MAX_PAGE = 500;

/** The whole coverage under some filters: every row and every gap. */
export type WholeCoverage = {
  personas: PersonaSummary[];
  teams: PersonaCoverageRow[];
  personasWithoutHolder: string[];
  uncoveredComponents: UncoveredComponent[];
  groupsWithoutPersona: string[];
};

const LISTS = [
  'teams',
  'personasWithoutHolder',
  'uncoveredComponents',
  'groupsWithoutPersona',
] as const;

function isWhole(page: PersonaPage<unknown>) {
  return page.offset === 0 && page.items.length >= page.total;
}

/**
 * Every row of the matrix and every item of each gap list under the given
 * filters. The page on screen is enough when it holds them all; otherwise
 * they are read in the largest pages the backend allows.
 */
export async function fetchWholeMatrix(
  api: PersonaApi,
  filters: CoverageFilterValues,
  shown: PersonaCoverageResponse,
): Promise<WholeCoverage> {
  if (LISTS.every(list => isWhole(shown[list]))) {
    return {
      personas: shown.personas,
      teams: shown.teams.items,
      personasWithoutHolder: shown.personasWithoutHolder.items,
      uncoveredComponents: shown.uncoveredComponents.items,
      groupsWithoutPersona: shown.groupsWithoutPersona.items,
    };
  }
  const first = await api.getCoverage({
    ...filters,
    offset: 0,
    limit: MAX_PAGE,
  });
  const whole: WholeCoverage = {
    personas: first.personas,
    teams: [...first.teams.items],
    personasWithoutHolder: [...first.personasWithoutHolder.items],
    uncoveredComponents: [...first.uncoveredComponents.items],
    groupsWithoutPersona: [...first.groupsWithoutPersona.items],
  };
  const longest = Math.max(...LISTS.map(list => first[list].total));
  for (let offset = MAX_PAGE; offset < longest; offset += MAX_PAGE) {
    const page = await api.getCoverage({ ...filters, offset, limit: MAX_PAGE });
    if (LISTS.every(list => page[list].items.length === 0)) {
      break; // the catalog shrank while we read it
    }
    whole.teams.push(...page.teams.items);
    whole.personasWithoutHolder.push(...page.personasWithoutHolder.items);
    whole.uncoveredComponents.push(...page.uncoveredComponents.items);
    whole.groupsWithoutPersona.push(...page.groupsWithoutPersona.items);
  }
  return whole;
}
