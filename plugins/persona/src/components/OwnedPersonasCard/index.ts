export { OwnedPersonasCard } from './OwnedPersonasCard';
