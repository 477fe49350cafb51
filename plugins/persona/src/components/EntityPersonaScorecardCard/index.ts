export { EntityPersonaScorecardCard } from './EntityPersonaScorecardCard';
export type { EntityPersonaScorecardCardProps } from './EntityPersonaScorecardCard';
export {
  PERSONA_SCORECARD_CHECK_IDS,
  TechInsightsChecksClient,
} from './TechInsightsChecksClient';
export type { TechInsightsCheckResult } from './TechInsightsChecksClient';
