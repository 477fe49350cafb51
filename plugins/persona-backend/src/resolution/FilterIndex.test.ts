import { FilterIndex } from './FilterIndex';
import { component } from '../__testUtils__/testGraph';

const slack = {
  ...component(
    'connector-slack',
    'group:default/connectors',
    'cloud-connector',
    {
      tags: ['activiti', 'chat'],
    },
  ),
};
slack.metadata.annotations = { 'backstage.io/source-location': 'url:X' };
const helm = component('helm', 'group:default/devops', 'tool');
const cluster = component(
  'prod',
  'group:default/platform',
  'kubernetes-cluster',
  {
    kind: 'Resource',
    tags: ['anthos'],
  },
);

describe('FilterIndex', () => {
  const index = new FilterIndex(
    [slack, helm, cluster],
    [
      'kind',
      'spec.type',
      'metadata.tags',
      'relations.ownedBy',
      'metadata.annotations.backstage.io/source-location',
    ],
  );

  it.each([
    [
      { kind: 'Component' },
      ['component:default/connector-slack', 'component:default/helm'],
    ],
    [{ kind: 'component', 'spec.type': 'TOOL' }, ['component:default/helm']],
    [
      { 'spec.type': ['tool', 'kubernetes-cluster'] },
      ['component:default/helm', 'resource:default/prod'],
    ],
    [{ 'metadata.tags': 'chat' }, ['component:default/connector-slack']],
    [
      { 'relations.ownedBy': 'group:default/platform' },
      ['resource:default/prod'],
    ],
    [
      { 'metadata.annotations.backstage.io/source-location': 'url:x' },
      ['component:default/connector-slack'],
    ],
    [{ kind: 'Component', 'metadata.tags': 'anthos' }, []],
    [{ 'spec.lifecycle': 'production' }, []],
  ])('matches %j', (filter, expected) => {
    expect(index.match(filter)).toEqual(expected);
  });

  it('answers a repeated filter from its memo', () => {
    const first = index.match({ kind: 'Component' });
    expect(index.match({ kind: 'Component' })).toBe(first);
  });
});

describe('FilterIndex.matches', () => {
  const index = new FilterIndex([slack, helm, cluster], ['kind', 'spec.type']);

  it('tells whether one entity matches, as match() would', () => {
    const filter = { kind: 'Component', 'spec.type': 'tool' };
    expect(index.matches(filter, 'component:default/helm')).toBe(true);
    expect(index.matches(filter, 'component:default/connector-slack')).toBe(
      false,
    );
    expect(index.matches(filter, 'resource:default/prod')).toBe(false);
    expect(index.matches(filter, 'component:default/unknown')).toBe(false);
  });
});
