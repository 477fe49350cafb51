import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
} from '@backstage/plugin-catalog-graph';
import {
  createPersonaCatalogGraphApi,
  personaCatalogGraphApiFactory,
} from './personaCatalogGraph';

describe('the persona catalog graph API', () => {
  const api = createPersonaCatalogGraphApi();

  it('knows the Persona relations besides the built-in ones', () => {
    expect(api.knownRelations).toEqual(
      expect.arrayContaining([
        ...ALL_RELATIONS,
        'personaOf',
        'hasPersona',
        'builds',
        'builtBy',
        'enables',
        'enabledBy',
        'consumes',
        'consumedBy',
      ]),
    );
    expect(new Set(api.knownRelations).size).toBe(api.knownRelations.length);
  });

  it('pairs each Persona relation with its reverse', () => {
    expect(api.knownRelationPairs).toEqual([
      ...ALL_RELATION_PAIRS,
      ['personaOf', 'hasPersona'],
      ['builds', 'builtBy'],
      ['enables', 'enabledBy'],
      ['consumes', 'consumedBy'],
    ]);
  });

  it('shows every relation by default', () => {
    expect(api.defaultRelations).toEqual(api.knownRelations);
  });

  it('overrides the catalog graph API', () => {
    expect(personaCatalogGraphApiFactory.api).toBe(catalogGraphApiRef);
    expect(personaCatalogGraphApiFactory.factory({}).knownRelations).toContain(
      'hasPersona',
    );
  });
});
