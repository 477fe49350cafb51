import { component } from '../../__testUtils__/testGraph';
import { ChangesDuringReads } from './ChangesDuringReads';
import { IndexedEntities } from './IndexedEntities';

const FIELDS = ['kind', 'metadata.name', 'spec.owner'];

const read = (name: string, owner: string) => ({
  entity: component(name, owner, 'service'),
  etag: `${name}-${owner}`,
});

function fullRead() {
  const entities = new IndexedEntities(FIELDS);
  entities.put(read('portal', 'group:default/apps'));
  entities.put(read('api-gw', 'group:default/platform'));
  return entities;
}

describe('ChangesDuringReads', () => {
  it('applies to a full read the batches read after it began, in order, and not those read before', () => {
    const changes = new ChangesDuringReads();
    changes.record(3, FIELDS, {
      upserts: [],
      deletes: ['component:default/api-gw'],
    });
    changes.record(5, FIELDS, {
      upserts: [read('portal', 'group:default/x')],
      deletes: [],
    });
    changes.record(6, FIELDS, {
      upserts: [read('portal', 'group:default/y')],
      deletes: [],
    });
    const entities = fullRead();

    expect(changes.replayOnto(entities, 4)).toBe(true);

    expect(entities.etag('component:default/portal')).toBe(
      'portal-group:default/y',
    );
    expect(entities.get('component:default/api-gw')).toBeDefined();
  });

  it('applies no batch read with another projection, and says so', () => {
    const changes = new ChangesDuringReads();
    changes.record(5, ['kind', 'metadata.name'], {
      upserts: [read('portal', 'group:default/x')],
      deletes: [],
    });
    const entities = fullRead();

    expect(changes.replayOnto(entities, 4)).toBe(false);

    expect(entities.etag('component:default/portal')).toBe(
      'portal-group:default/apps',
    );
  });

  it('forgets the batches once cleared', () => {
    const changes = new ChangesDuringReads();
    changes.record(5, FIELDS, {
      upserts: [],
      deletes: ['component:default/portal'],
    });
    changes.clear();
    const entities = fullRead();

    expect(changes.replayOnto(entities, 4)).toBe(true);

    expect(entities.get('component:default/portal')).toBeDefined();
  });
});
