export { CoverageFilters } from './CoverageFilters';
export type { CoverageFilterValues } from './CoverageFilters';
