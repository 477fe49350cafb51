export { CoverageExportButtons } from './CoverageExportButtons';
