import { Entity } from '@backstage/catalog-model';
import {
  expectedRelationCounts,
  indexSettling,
  SeenIndex,
  shortRelations,
} from './waitForIngestion';

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

describe('indexSettling', () => {
  const complete = { indexVersion: 'v1', indexEntityCount: 100 };

  it('settles once a complete index kept its version for longer than the window', () => {
    const first = indexSettling(undefined, complete, 100, 40_000, 0);
    expect(first).toEqual({ version: 'v1', since: 0 });
    expect(
      indexSettling(first as SeenIndex, complete, 100, 40_000, 40_000),
    ).toBe(first);
    expect(
      indexSettling(first as SeenIndex, complete, 100, 40_000, 40_001),
    ).toBe('settled');
  });

  it('starts the window again when the version changes', () => {
    const seen = { version: 'v1', since: 0 };
    expect(
      indexSettling(
        seen,
        { indexVersion: 'v2', indexEntityCount: 100 },
        100,
        40_000,
        50_000,
      ),
    ).toEqual({ version: 'v2', since: 50_000 });
  });

  it('never settles on an index that holds fewer entities than were generated, however long it stays', () => {
    const partial = { indexVersion: 'v0', indexEntityCount: 98 };
    const seen = indexSettling(undefined, partial, 100, 40_000, 0);
    expect(
      indexSettling(seen as SeenIndex, partial, 100, 40_000, 600_000),
    ).not.toBe('settled');
    // once complete, its window starts then
    expect(
      indexSettling(seen as SeenIndex, complete, 100, 40_000, 600_000),
    ).toEqual({
      version: 'v1',
      since: 600_000,
    });
  });
});
