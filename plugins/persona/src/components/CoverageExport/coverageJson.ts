import {
  PersonaCoverageRow,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';
import { CoverageFilterValues } from '../CoverageFilters';

/**
 * The team × persona matrix as JSON: the filters it was taken with, the
 * personas (columns) and the teams (rows) as the backend answers them.
 */
export function coverageToJson(
  matrix: { personas: PersonaSummary[]; teams: PersonaCoverageRow[] },
  filters: CoverageFilterValues,
  exportedAt: Date = new Date(),
): string {
  return `${JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      filters,
      personas: matrix.personas.map(({ ref, title, type, framework }) => ({
        ref,
        title,
        type,
        framework,
      })),
      teams: matrix.teams,
    },
    null,
    2,
  )}\n`;
}
