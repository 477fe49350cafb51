import { Entity } from '@backstage/catalog-model';
import { generatedPermissionTier } from '../__testUtils__/generatedPermissionTier';
import { component, persona } from '../__testUtils__/testGraph';
import { fieldKeys, flattenEntityFields } from './entityFields';

const slack = component(
  'connector-slack',
  'group:default/connectors',
  'cloud-connector',
  {
    tags: ['activiti', 'chat'],
  },
);
slack.metadata.annotations = {
  'backstage.io/source-location': 'url:X',
  'Example.com/Tier': 'GOLD',
};

const entities: Entity[] = [
  slack,
  persona('operator', { holders: ['group:default/ops'], title: 'Operator' }),
  ...generatedPermissionTier()
    .split('\n---\n')
    .map(doc => JSON.parse(doc) as Entity),
];

describe('flattenEntityFields', () => {
  it('flattens like the catalog search table, lowercased', () => {
    expect(flattenEntityFields(slack)).toEqual(
      expect.arrayContaining([
        ['kind', 'component'],
        ['metadata.name', 'connector-slack'],
        ['metadata.tags', 'activiti'],
        ['metadata.tags', 'chat'],
        ['metadata.annotations.backstage.io/source-location', 'url:x'],
        ['metadata.annotations.example.com/tier', 'gold'],
        ['spec.type', 'cloud-connector'],
        ['relations.ownedby', 'group:default/connectors'],
      ]),
    );
  });

  it.each([
    [['kind'], true],
    [['Kind', 'spec.TYPE', 'metadata.tags'], true],
    [['metadata.annotations.example.com/tier', 'metadata.labels.env'], true],
    [['relations.ownedBy', 'spec.holders', 'spec.profile.email'], true],
    [['metadata', 'metadata.annotations', 'spec.owner'], true],
    [['spec.type.more', 'no.such.key'], false],
  ])(
    'gives for only %j exactly the pairs of a whole flatten with those keys',
    (keys, findsPairs) => {
      const only = fieldKeys(keys);
      let pairs = 0;
      for (const entity of entities) {
        const whole = flattenEntityFields(entity).filter(([key]) =>
          only.keys.has(key),
        );
        expect(flattenEntityFields(entity, only)).toEqual(whole);
        pairs += whole.length;
      }
      expect(pairs > 0).toBe(findsPairs);
    },
  );
});
