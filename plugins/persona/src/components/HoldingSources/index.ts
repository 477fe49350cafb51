export { HoldingSources } from './HoldingSources';
