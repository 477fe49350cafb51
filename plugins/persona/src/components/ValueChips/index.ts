export { ValueChips } from './ValueChips';
