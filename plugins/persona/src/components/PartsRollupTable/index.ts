export { PartsRollupTable } from './PartsRollupTable';
export { partsRollup, uncoveredParts } from './partsRollup';
export type { RollupRow } from './partsRollup';
