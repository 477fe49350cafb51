export {
  INTERACTION_MODES,
  MODE_STYLES,
  groupByMode,
  interactionRole,
} from './modes';
export type { InteractionRole } from './modes';
export { RefLinks } from './RefLinks';
export { InteractionsTable } from './InteractionsTable';
