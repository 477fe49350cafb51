export { CoverageExportButtons } from './CoverageExportButtons';
export { fetchWholeMatrix } from './fetchWholeMatrix';
export type { WholeCoverage } from './fetchWholeMatrix';
