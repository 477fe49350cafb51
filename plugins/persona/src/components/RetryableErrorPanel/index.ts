export { RetryableErrorPanel } from './RetryableErrorPanel';
