import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { PersonaEntitiesProcessor } from './PersonaEntitiesProcessor';

const location = { type: 'url', target: 'http://localhost/personas.yaml' };

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

async function relationsOf(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  const result = await new PersonaEntitiesProcessor().postProcessEntity(
    entity,
    location,
    r => emitted.push(r),
  );
  expect(result).toBe(entity);
  return emitted.map(r => {
    if (r.type !== 'relation') {
      throw new Error(`unexpected ${r.type}`);
    }
    const { source, type, target } = r.relation;
    return `${source.kind}:${source.namespace}/${source.name} ${type} ${target.kind}:${target.namespace}/${target.name}`;
  });
}

const self = 'Persona:default/activiti-cloud-developer';

describe('PersonaEntitiesProcessor', () => {
  describe('validateEntityKind', () => {
    const processor = new PersonaEntitiesProcessor();

    it('accepts a valid persona', async () => {
      await expect(processor.validateEntityKind(persona())).resolves.toBe(true);
    });

    it('returns false for other kinds, leaving them to other processors', async () => {
      await expect(
        processor.validateEntityKind({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'connectors-team' },
          spec: { type: 'team', children: [] },
        }),
      ).resolves.toBe(false);
    });

    it('throws for an invalid persona, naming the field', async () => {
      await expect(
        processor.validateEntityKind(persona({ holders: ['system:platform'] })),
      ).rejects.toThrow(/\/spec\/holders\/0 must /);
      await expect(
        processor.validateEntityKind(persona({ owner: undefined })),
      ).rejects.toThrow(/^\/spec\/owner is required$/);
    });
  });

  describe('postProcessEntity', () => {
    it('emits ownedBy/ownerOf for the owner, defaulting to a group', async () => {
      expect(await relationsOf(persona())).toEqual([
        `${self} ownedBy group:default/activiti-platform`,
        `group:default/activiti-platform ownerOf ${self}`,
      ]);
    });

    it('emits personaOf/hasPersona for each holder, sorted', async () => {
      const relations = await relationsOf(
        persona({
          holders: ['user:jane.doe', 'runtime-team', 'connectors-team'],
        }),
      );
      expect(relations.slice(2)).toEqual([
        `${self} personaOf group:default/connectors-team`,
        `group:default/connectors-team hasPersona ${self}`,
        `${self} personaOf group:default/runtime-team`,
        `group:default/runtime-team hasPersona ${self}`,
        `${self} personaOf user:default/jane.doe`,
        `user:default/jane.doe hasPersona ${self}`,
      ]);
    });

    it('emits the pair of each mode for explicit refs, defaulting to a component', async () => {
      const relations = await relationsOf(
        persona({
          builds: ['connector-slack'],
          enables: ['resource:default/activiti-runtime-cluster'],
          consumes: ['component:default/helm', 'system:platform-tooling'],
        }),
      );
      expect(relations.slice(2)).toEqual([
        `${self} builds component:default/connector-slack`,
        `component:default/connector-slack builtBy ${self}`,
        `${self} enables resource:default/activiti-runtime-cluster`,
        `resource:default/activiti-runtime-cluster enabledBy ${self}`,
        `${self} consumes component:default/helm`,
        `component:default/helm consumedBy ${self}`,
        `${self} consumes system:default/platform-tooling`,
        `system:default/platform-tooling consumedBy ${self}`,
      ]);
    });

    it('emits nothing for selectors without a catalog to resolve them in', async () => {
      const relations = await relationsOf(
        persona({
          builds: [
            { filter: { kind: 'Component', 'spec.type': 'cloud-connector' } },
            { filter: { kind: 'Component' }, ownedByHolder: true },
          ],
          consumes: [{ filter: { 'metadata.tags': 'anthos' } }],
        }),
      );
      expect(relations).toHaveLength(2);
    });

    it('emits the same relations in the same order however refs are written', async () => {
      const a = await relationsOf(
        persona({
          holders: ['b', 'group:default/a', 'a'],
          builds: ['component:default/y', 'x'],
        }),
      );
      const b = await relationsOf(
        persona({ holders: ['a', 'b'], builds: ['x', 'y', 'y'] }),
      );
      expect(a).toEqual(b);
    });

    it('leaves other entities untouched', async () => {
      const group: Entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'connectors-team' },
        spec: { type: 'team', children: [], holders: ['x'] },
      };
      expect(await relationsOf(group)).toEqual([]);
    });
  });
});
