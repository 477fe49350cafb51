import { indexFieldsFor } from './indexFields';

const persona = (builds: unknown[]) => ({
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: { name: 'p' },
  spec: {
    type: 'builder',
    owner: 'team',
    responsibilities: [{ id: 'r', title: 'R' }],
    builds,
  },
});

describe('indexFieldsFor', () => {
  it('adds the fields that selectors filter on to the base projection', () => {
    const fields = indexFieldsFor([
      persona([
        'component:default/x',
        { filter: { kind: 'Component', 'metadata.tags': 'anthos' } },
        {
          filter: { 'metadata.annotations.backstage.io/techdocs-ref': 'dir:.' },
        },
        {
          filter: {
            'relations.ownedBy': 'group:default/a',
            'spec.system': 'x',
          },
        },
      ]) as any,
    ]);
    expect(fields).toEqual([
      'apiVersion',
      'kind',
      'metadata.annotations',
      'metadata.name',
      'metadata.namespace',
      'metadata.tags',
      'metadata.title',
      'relations',
      'spec.lifecycle',
      'spec.profile.displayName',
      'spec.system',
      'spec.type',
    ]);
  });
});
