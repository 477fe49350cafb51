export { TeamInteractionsView } from './TeamInteractionsView';
