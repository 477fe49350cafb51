import { createApiFactory } from '@backstage/core-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  CatalogGraphApi,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import { PERSONA_RELATION_PAIRS } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The catalog graph's built-in relations plus those of the Persona kind
 * (`personaOf`/`hasPersona`, `builds`/`builtBy`, `enables`/`enabledBy`,
 * `consumes`/`consumedBy`), as lists and as pairs.
 *
 * @public
 */
export const personaCatalogGraphRelations: {
  knownRelations: string[];
  knownRelationPairs: [string, string][];
} = {
  knownRelations: [
    ...new Set([...ALL_RELATIONS, ...PERSONA_RELATION_PAIRS.flat()]),
  ],
  knownRelationPairs: [
    ...ALL_RELATION_PAIRS,
    ...PERSONA_RELATION_PAIRS.map(([outgoing, incoming]): [string, string] => [
      outgoing,
      incoming,
    ]),
  ],
};

/**
 * A catalog graph API that knows the Persona relations, so that the graph
 * draws holders and components of a Persona as edges, and shows them by
 * default.
 *
 * @public
 */
export function createPersonaCatalogGraphApi(): CatalogGraphApi {
  return new DefaultCatalogGraphApi({
    ...personaCatalogGraphRelations,
    // The constructor reads this field whenever options are given
    defaultRelationTypes: { exclude: [] },
  });
}

/**
 * Legacy frontend system: an API factory that overrides the catalog graph's
 * API with {@link createPersonaCatalogGraphApi}. Add it to the `apis` of the
 * app.
 *
 * @public
 */
export const personaCatalogGraphApiFactory = createApiFactory({
  api: catalogGraphApiRef,
  deps: {},
  factory: createPersonaCatalogGraphApi,
});
