export { ShowMoreButton } from './ShowMoreButton';
