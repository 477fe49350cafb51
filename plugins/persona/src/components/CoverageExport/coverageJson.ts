import { CoverageFilterValues } from '../CoverageFilters';
import { WholeCoverage } from './fetchWholeMatrix';

/**
 * The coverage as JSON: the filters it was taken with, the personas
 * (columns), the teams (rows) as the backend answers them, and the gaps —
 * every item of each list.
 */
export function coverageToJson(
  coverage: WholeCoverage,
  filters: CoverageFilterValues,
  exportedAt: Date = new Date(),
): string {
  return `${JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      filters,
      personas: coverage.personas.map(({ ref, title, type, framework }) => ({
        ref,
        title,
        type,
        framework,
      })),
      teams: coverage.teams,
      gaps: {
        personasWithoutHolder: coverage.personasWithoutHolder,
        uncoveredComponents: coverage.uncoveredComponents,
        groupsWithoutPersona: coverage.groupsWithoutPersona,
      },
    },
    null,
    2,
  )}\n`;
}
