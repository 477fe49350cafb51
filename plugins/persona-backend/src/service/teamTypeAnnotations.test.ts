import { Entity } from '@backstage/catalog-model';
import { group } from '../__testUtils__/testGraph';
import { withTeamTypeAnnotations } from './teamTypeAnnotations';

const KEY = 'persona.platform-personas.io/team-type';

describe('withTeamTypeAnnotations', () => {
  it('keeps only the team type annotation, on the groups that have one', () => {
    const read = [group('a'), group('b')];
    const annotated: Entity[] = [
      {
        ...group('a'),
        metadata: {
          name: 'a',
          namespace: 'default',
          annotations: { [KEY]: 'enabling', 'backstage.io/other': 'x' },
        },
      },
      { ...group('b'), metadata: { name: 'b', namespace: 'default' } },
      // a catalog that ignored the kind filter
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'a',
          namespace: 'default',
          annotations: { [KEY]: 'platform' },
        },
      },
    ];
    const [a, b] = withTeamTypeAnnotations(read, annotated);
    expect(a.metadata.annotations).toEqual({ [KEY]: 'enabling' });
    expect(b).toBe(read[1]);
  });
});
