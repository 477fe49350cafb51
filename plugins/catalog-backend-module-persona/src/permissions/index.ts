export { isPersonaHolder } from './isPersonaHolder';
export { personaConditions } from './personaConditions';
export {
  resolvePersonaHolderClaims,
  type ResolvePersonaHolderClaimsOptions,
} from './resolvePersonaHolderClaims';
