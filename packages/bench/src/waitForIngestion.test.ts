import { Entity } from '@backstage/catalog-model';
import { expectedRelationCounts, shortRelations } from './waitForIngestion';

const entity = (kind: string, name: string, spec: object): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name },
  spec: { ...spec },
});

describe('expectedRelationCounts', () => {
  it('counts one relation per owner, group membership and distinct holder', () => {
    const entities = [
      entity('Group', 'root', { type: 'team', children: [] }),
      entity('User', 'ada', { memberOf: ['root', 'platform'] }),
      entity('User', 'bob', { memberOf: [] }),
      entity('Component', 'web', { owner: 'root' }),
      entity('Component', 'lost', {}),
      entity('Persona', 'builder', {
        owner: 'platform',
        holders: ['group:root', 'user:ada', 'group:root'],
      }),
      entity('Persona', 'nobody', { owner: 'root' }),
    ];
    expect(expectedRelationCounts(entities)).toEqual({
      ownedBy: 3,
      memberOf: 2,
      personaOf: 2,
    });
  });
});

describe('shortRelations', () => {
  const expected = { ownedBy: 3, memberOf: 2, personaOf: 2 };

  it('is empty once both directions of every pair are stitched', () => {
    expect(
      shortRelations(
        {
          ownedBy: 3,
          ownerOf: 3,
          memberOf: 2,
          hasMember: 2,
          personaOf: 2,
          hasPersona: 2,
        },
        expected,
      ),
    ).toEqual([]);
  });

  it('names each pair one of whose directions falls short', () => {
    expect(
      shortRelations(
        { ownedBy: 3, ownerOf: 1, memberOf: 2, hasMember: 2, personaOf: 2 },
        expected,
      ),
    ).toEqual(['ownedBy 3, ownerOf 1 of 3', 'personaOf 2, hasPersona 0 of 2']);
  });
});
