import { Entity } from '@backstage/catalog-model';
import { indexVersionOf } from './indexVersion';

const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [], ...(parent && { parent }) },
});

describe('indexVersionOf', () => {
  it('is the same for the same entities in any order', () => {
    const a = group('a');
    const b = group('b', 'a');
    expect(indexVersionOf([a, b])).toBe(indexVersionOf([b, a]));
    expect(indexVersionOf([a, b])).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes when any field of any entity changes, or an entity comes or goes', () => {
    const base = indexVersionOf([group('a'), group('b', 'a')]);
    expect(indexVersionOf([group('a'), group('b', 'c')])).not.toBe(base);
    expect(indexVersionOf([group('a')])).not.toBe(base);
    expect(indexVersionOf([group('a'), group('b', 'a'), group('c')])).not.toBe(
      base,
    );
  });
});
