export { EntityPersonaFactsCard } from './EntityPersonaFactsCard';
