export { CoverageGaps } from './CoverageGaps';
export type { LoadGapPage } from './CoverageGaps';
export { GAP_PAGE_SIZE } from './GapCard';
