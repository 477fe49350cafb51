export { ResponsibilityMapCard } from './ResponsibilityMapCard';
export { responsibilityMap } from './responsibilityMap';
export type {
  MapRow,
  MapThrough,
  ResponsibilityMapData,
} from './responsibilityMap';
