export { SubTeamHoldingsCard } from './SubTeamHoldingsCard';
