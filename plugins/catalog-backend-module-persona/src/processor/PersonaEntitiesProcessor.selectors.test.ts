import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessorCache,
  CatalogProcessorResult,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PersonaEntitiesProcessor } from './PersonaEntitiesProcessor';

const location = { type: 'url', target: 'http://localhost/personas.yaml' };
const self = 'persona:default/activiti-cloud-developer';

function persona(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'activiti-cloud-developer', namespace: 'default' },
    spec: {
      type: 'builder',
      owner: 'activiti-platform',
      responsibilities: [{ id: 'build-connectors', title: 'Build connectors' }],
      ...spec,
    },
  };
}

const relation = (type: string, targetRef: string) => ({ type, targetRef });

function entity(
  ref: string,
  spec: Entity['spec'],
  relations: Array<{ type: string; targetRef: string }>,
  tags: string[] = [],
): Entity {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace, tags },
    spec,
    relations,
  };
}

const component = (name: string, type: string, owner: string) =>
  entity(`Component:default/${name}`, { type, owner }, [
    relation('ownedBy', owner),
  ]);

// connectors-team > connectors-eu > connectors-eu-west; jane.doe is a member
// of guild, itself a child of chapter.
const catalogEntities: Entity[] = [
  entity('Group:default/connectors-team', { type: 'team' }, []),
  entity('Group:default/connectors-eu', { type: 'team' }, [
    relation('childOf', 'group:default/connectors-team'),
  ]),
  entity('Group:default/connectors-eu-west', { type: 'team' }, [
    relation('childOf', 'group:default/connectors-eu'),
  ]),
  entity('Group:default/runtime-team', { type: 'team' }, []),
  entity('Group:default/chapter', { type: 'team' }, []),
  entity('Group:default/guild', { type: 'team' }, [
    relation('childOf', 'group:default/chapter'),
  ]),
  entity('Group:default/other-team', { type: 'team' }, []),
  entity('User:default/jane.doe', {}, [
    relation('memberOf', 'group:default/guild'),
  ]),
  component(
    'connector-slack',
    'cloud-connector',
    'group:default/connectors-team',
  ),
  component(
    'connector-jira',
    'cloud-connector',
    'group:default/connectors-eu-west',
  ),
  component('connector-rogue', 'cloud-connector', 'group:default/other-team'),
  component('bundle-orders', 'runtime-bundle', 'group:default/runtime-team'),
  component('bundle-jane', 'runtime-bundle', 'user:default/jane.doe'),
  component('bundle-guild', 'runtime-bundle', 'group:default/guild'),
  component('bundle-chapter', 'runtime-bundle', 'group:default/chapter'),
  component('helm', 'tool', 'group:default/other-team'),
  entity(
    'Resource:default/anthos-prod',
    { type: 'kubernetes-cluster' },
    [relation('ownedBy', 'group:default/other-team')],
    ['anthos'],
  ),
  entity('Resource:default/plain-cluster', { type: 'kubernetes-cluster' }, [
    relation('ownedBy', 'group:default/other-team'),
  ]),
];

const developer = persona({
  holders: ['connectors-team', 'runtime-team', 'user:default/jane.doe'],
  builds: [
    'component:default/connector-slack',
    {
      filter: { kind: 'Component', 'spec.type': 'cloud-connector' },
      ownedByHolder: true,
    },
    {
      filter: { kind: 'Component', 'spec.type': 'runtime-bundle' },
      ownedByHolder: true,
    },
  ],
  consumes: [
    'component:default/helm',
    {
      filter: {
        kind: 'resource',
        'spec.type': 'Kubernetes-Cluster',
        'metadata.tags': ['gke', 'anthos'],
      },
    },
  ],
});

// The catalog keeps a processor's cache between processings of an entity.
function memoryCache(): CatalogProcessorCache {
  const store = new Map<string, unknown>();
  return {
    get: async (key: string) => store.get(key),
    set: async (key: string, value: unknown) => {
      store.set(key, value);
    },
  } as CatalogProcessorCache;
}

async function process(
  processor: PersonaEntitiesProcessor,
  subject: Entity,
  cache: CatalogProcessorCache = memoryCache(),
) {
  const emitted: CatalogProcessorResult[] = [];
  await processor.postProcessEntity(
    subject,
    location,
    r => emitted.push(r),
    cache,
  );
  return emitted.map(r => {
    if (r.type !== 'relation') throw new Error(`unexpected ${r.type}`);
    const { source, type, target } = r.relation;
    return `${source.kind}:${source.namespace}/${source.name} ${type} ${target.kind}:${target.namespace}/${target.name}`.toLocaleLowerCase(
      'en-US',
    );
  });
}

const outgoing = (relations: string[], type: string) =>
  relations
    .filter(r => r.startsWith(`${self} ${type} `))
    .map(r => r.slice(`${self} ${type} `.length));

function failingCatalog() {
  const failure = new Error('catalog is down');
  return catalogServiceMock.mock({
    streamEntities: jest.fn(() => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(failure) }),
    })),
    getEntitiesByRefs: jest.fn().mockRejectedValue(failure),
  });
}

describe('PersonaEntitiesProcessor with a catalog', () => {
  const auth = mockServices.auth();

  it('emits builds/builtBy to what each selector matches, narrowed by ownedByHolder to the holders, their sub-groups and the groups of a user', async () => {
    const processor = new PersonaEntitiesProcessor({
      catalog: catalogServiceMock({ entities: catalogEntities }),
      auth,
      logger: mockServices.logger.mock(),
    });
    const relations = await process(processor, developer);

    expect(outgoing(relations, 'builds')).toEqual([
      // bundle-chapter: owned by a parent of the user's group, not theirs
      'component:default/bundle-guild',
      'component:default/bundle-jane',
      'component:default/bundle-orders',
      'component:default/connector-jira', // a sub-sub-group of a holder
      'component:default/connector-slack', // explicit, and matched: once
      // connector-rogue: owned by a group that holds nothing
    ]);
    expect(relations).toContain(
      `component:default/connector-jira builtby ${self}`,
    );
    expect(relations).toContain(
      `component:default/bundle-jane builtby ${self}`,
    );
    expect(
      relations.filter(r => r.startsWith('component:default/connector-slack')),
    ).toEqual([`component:default/connector-slack builtby ${self}`]);
  });

  it('emits consumes/consumedBy to every match of a plain selector, whoever owns it, with the catalog filter semantics', async () => {
    const processor = new PersonaEntitiesProcessor({
      catalog: catalogServiceMock({ entities: catalogEntities }),
      auth,
      logger: mockServices.logger.mock(),
    });
    const relations = await process(processor, developer);
    expect(outgoing(relations, 'consumes')).toEqual([
      'component:default/helm',
      'resource:default/anthos-prod',
    ]);
    expect(relations).toContain(
      `resource:default/anthos-prod consumedby ${self}`,
    );
  });

  it('matches nothing for an ownedByHolder selector of a persona without holders, and asks the catalog nothing without selectors', async () => {
    const catalog = catalogServiceMock.mock();
    const processor = new PersonaEntitiesProcessor({
      catalog,
      auth,
      logger: mockServices.logger.mock(),
    });
    const relations = await process(
      processor,
      persona({
        builds: [{ filter: { kind: 'Component' }, ownedByHolder: true }],
      }),
    );
    expect(outgoing(relations, 'builds')).toEqual([]);
    await process(processor, persona({ builds: ['connector-slack'] }));
    expect(catalog.streamEntities).not.toHaveBeenCalled();
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('queries with its own service credentials', async () => {
    const catalog = catalogServiceMock({ entities: catalogEntities });
    const stream = jest.spyOn(catalog, 'streamEntities');
    const processor = new PersonaEntitiesProcessor({
      catalog,
      auth,
      logger: mockServices.logger.mock(),
    });
    await process(processor, developer);
    expect(stream).toHaveBeenCalled();
    for (const [, options] of stream.mock.calls) {
      expect(options).toEqual({
        credentials: await auth.getOwnServiceCredentials(),
      });
    }
  });

  it('never fails the Persona when the catalog does not answer: it warns and emits the explicit relations', async () => {
    const logger = mockServices.logger.mock();
    const processor = new PersonaEntitiesProcessor({
      catalog: failingCatalog(),
      auth,
      logger,
    });
    const relations = await process(processor, developer);
    expect(outgoing(relations, 'builds')).toEqual([
      'component:default/connector-slack',
    ]);
    expect(outgoing(relations, 'consumes')).toEqual(['component:default/helm']);
    expect(outgoing(relations, 'personaof')).toHaveLength(3);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /Could not resolve the selectors of persona:default\/activiti-cloud-developer .* explicit refs only/,
      ),
      expect.objectContaining({ message: 'catalog is down' }),
    );
  });

  it('keeps the matches of the last successful processing while the catalog does not answer, unless the selectors changed', async () => {
    const cache = memoryCache();
    const logger = mockServices.logger.mock();
    const healthy = new PersonaEntitiesProcessor({
      catalog: catalogServiceMock({ entities: catalogEntities }),
      auth,
      logger,
    });
    const before = await process(healthy, developer, cache);

    const failing = new PersonaEntitiesProcessor({
      catalog: failingCatalog(),
      auth,
      logger,
    });
    expect(await process(failing, developer, cache)).toEqual(before);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('keeping the matches of its last processing'),
      expect.anything(),
    );

    const edited = persona({
      ...developer.spec,
      holders: ['connectors-team'],
    });
    expect(outgoing(await process(failing, edited, cache), 'builds')).toEqual([
      'component:default/connector-slack',
    ]);
  });

  it("tells when a persona's selector matches differ from its last processing, for the change hints", async () => {
    const cache = memoryCache();
    const onMatchesChanged = jest.fn();
    const processorOf = (entities: Entity[]) =>
      new PersonaEntitiesProcessor({
        catalog: catalogServiceMock({ entities }),
        auth,
        logger: mockServices.logger.mock(),
        onMatchesChanged,
      });
    const fewer = catalogEntities.filter(
      e => e.metadata.name !== 'connector-slack',
    );
    // First processing: nothing to compare with.
    await process(processorOf(fewer), developer, cache);
    expect(onMatchesChanged).not.toHaveBeenCalled();
    // The same matches, in whatever order the catalog answers.
    await process(processorOf([...fewer].reverse()), developer, cache);
    expect(onMatchesChanged).not.toHaveBeenCalled();
    // A component that starts matching.
    await process(processorOf(catalogEntities), developer, cache);
    expect(onMatchesChanged).toHaveBeenCalledTimes(1);
    expect(onMatchesChanged).toHaveBeenCalledWith(self);
  });
});
