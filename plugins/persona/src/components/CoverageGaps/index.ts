export { CoverageGaps } from './CoverageGaps';
