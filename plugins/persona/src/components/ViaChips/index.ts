export { formatSelectorFilter, ViaChips } from './ViaChips';
