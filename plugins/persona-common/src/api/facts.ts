import { PersonaIndexMeta } from './types';

/**
 * The persona coverage facts of one platform component, for scorecards:
 *
 * - `hasBuilder`, `hasEnabler`, `hasConsumer`: a persona of that mode
 *   reaches the component and somebody holds it for the component;
 * - `builderHolderCount`: how many distinct teams and people hold a
 *   builder persona for it — its bus factor;
 * - `onlyInherited`: it has builders, and every one is a group above each of
 *   its owners, so its owning team builds it only because a parent group
 *   holds the persona; nobody at the owner's level was named.
 *
 * @public
 */
export type PlatformComponentFacts = {
  entityRef: string;
  hasBuilder: boolean;
  hasEnabler: boolean;
  hasConsumer: boolean;
  builderHolderCount: number;
  onlyInherited: boolean;
};

/**
 * The answer of `GET /api/persona/v1/facts/components`: the facts of every
 * platform component the caller may read, or of those asked for with
 * `entityRef`.
 *
 * @public
 */
export type PlatformComponentFactsResponse = {
  items: PlatformComponentFacts[];
  meta: PersonaIndexMeta;
};
