export { CoverageMatrix } from './CoverageMatrix';
export { PERSONAS_TAB_PATH } from './TeamLink';
