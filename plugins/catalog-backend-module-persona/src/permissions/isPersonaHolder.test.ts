import { Entity } from '@backstage/catalog-model';
import { isPersonaHolder } from './isPersonaHolder';
import { personaConditions } from './personaConditions';

function persona(holders: string[], kind = 'Persona'): Entity {
  return {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind,
    metadata: { name: 'developer', namespace: 'default' },
    spec: {},
    relations: holders.map(targetRef => ({ type: 'personaOf', targetRef })),
  };
}

describe('isPersonaHolder', () => {
  describe('apply', () => {
    it('accepts a Persona held by one of the claims', () => {
      const entity = persona(['group:default/team-a', 'user:default/jane']);
      expect(
        isPersonaHolder.apply(entity, { claims: ['group:default/team-a'] }),
      ).toBe(true);
      expect(
        isPersonaHolder.apply(entity, {
          claims: ['group:default/other', 'user:default/jane'],
        }),
      ).toBe(true);
    });

    it('refuses a Persona held by no claim, or by nobody', () => {
      expect(
        isPersonaHolder.apply(persona(['group:default/team-a']), {
          claims: ['group:default/team-b', 'user:default/team-a'],
        }),
      ).toBe(false);
      expect(
        isPersonaHolder.apply(persona([]), { claims: ['user:default/jane'] }),
      ).toBe(false);
      expect(
        isPersonaHolder.apply(persona(['group:default/team-a']), {
          claims: [],
        }),
      ).toBe(false);
    });

    it('compares refs in full form and regardless of case', () => {
      const entity = persona(['group:default/team-a']);
      expect(
        isPersonaHolder.apply(entity, { claims: ['Group:Default/Team-A'] }),
      ).toBe(true);
      expect(isPersonaHolder.apply(entity, { claims: ['group:team-a'] })).toBe(
        true,
      );
      expect(isPersonaHolder.apply(entity, { claims: ['team-a'] })).toBe(false);
    });

    it('refuses other kinds, even with a personaOf relation', () => {
      expect(
        isPersonaHolder.apply(persona(['group:default/team-a'], 'Component'), {
          claims: ['group:default/team-a'],
        }),
      ).toBe(false);
      expect(
        isPersonaHolder.apply(persona(['group:default/team-a'], 'persona'), {
          claims: ['group:default/team-a'],
        }),
      ).toBe(true);
    });

    it('ignores the other relations of a Persona', () => {
      const entity: Entity = {
        ...persona([]),
        relations: [
          { type: 'ownedBy', targetRef: 'group:default/team-a' },
          { type: 'hasPersona', targetRef: 'group:default/team-a' },
        ],
      };
      expect(
        isPersonaHolder.apply(entity, { claims: ['group:default/team-a'] }),
      ).toBe(false);
    });
  });

  describe('toQuery', () => {
    it('filters on the kind and the personaOf relations, with the refs as the catalog stores them', () => {
      expect(
        isPersonaHolder.toQuery({
          claims: ['Group:default/Team-A', 'user:jane', 'group:default/team-a'],
        }),
      ).toEqual({
        allOf: [
          { key: 'kind', values: ['persona'] },
          {
            key: 'relations.personaOf',
            values: ['group:default/team-a', 'user:default/jane'],
          },
        ],
      });
    });
  });

  it('validates its parameters', () => {
    const schema = isPersonaHolder.paramsSchema!;
    const validate = (params: unknown) =>
      (schema['~standard'].validate(params) as { issues?: unknown[] }).issues
        ?.length ?? 0;
    expect(validate({ claims: ['user:default/jane'] })).toBe(0);
    expect(validate({ claims: 'user:default/jane' })).toBeGreaterThan(0);
    expect(validate({})).toBeGreaterThan(0);
  });

  it('has a condition factory for policies', () => {
    expect(
      personaConditions.isPersonaHolder({ claims: ['user:default/jane'] }),
    ).toEqual({
      rule: 'IS_PERSONA_HOLDER',
      resourceType: 'catalog-entity',
      params: { claims: ['user:default/jane'] },
    });
  });
});
