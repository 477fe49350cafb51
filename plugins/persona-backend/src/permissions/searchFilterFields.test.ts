import {
  catalogFieldOfSearchKey,
  isFieldHeld,
  searchFilterKeys,
} from './searchFilterFields';

describe('searchFilterKeys', () => {
  it('lists every key of a nested filter, lowercased', () => {
    expect(
      searchFilterKeys({
        allOf: [
          { anyOf: [{ key: 'Kind', values: ['x'] }, { key: 'spec.owner' }] },
          { not: { key: 'metadata.labels.Env' } },
        ],
      }),
    ).toEqual(new Set(['kind', 'spec.owner', 'metadata.labels.env']));
  });
});

describe('catalogFieldOfSearchKey', () => {
  it.each([
    ['relations.ownedby', 'relations'],
    ['metadata.annotations.backstage.io/techdocs-ref', 'metadata.annotations'],
    ['metadata.labels.env', 'metadata.labels'],
    ['kind', 'kind'],
    ['apiversion', 'apiVersion'],
    ['metadata.tags.java', 'metadata.tags'],
    ['metadata.name', 'metadata.name'],
    ['spec.owner', 'spec.owner'],
    ['spec.profile.email', 'spec.profile'],
    // camelCase in the model: its case cannot be told from the key
    ['spec.dependson', 'spec'],
    ['metadata.somethingelse', 'metadata'],
  ])('reads %s from %s', (key, field) => {
    expect(catalogFieldOfSearchKey(key)).toBe(field);
  });

  it('names no field for keys outside the model it knows', () => {
    expect(catalogFieldOfSearchKey('status.items')).toBeUndefined();
    expect(catalogFieldOfSearchKey('custom')).toBeUndefined();
  });
});

describe('isFieldHeld', () => {
  it('holds a field read itself or within a wider field', () => {
    const held = new Set(['spec', 'metadata.name']);
    expect(isFieldHeld('spec.owner', held)).toBe(true);
    expect(isFieldHeld('metadata.name', held)).toBe(true);
    expect(isFieldHeld('metadata.tags', held)).toBe(false);
    expect(isFieldHeld('metadata', held)).toBe(false);
  });
});
