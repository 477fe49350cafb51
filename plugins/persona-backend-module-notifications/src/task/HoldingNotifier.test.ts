import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { PersonaIndex } from '@platform-personas/backstage-plugin-persona-backend/alpha';
import { NotificationStateStore } from '../database/NotificationStateStore';
import { HoldingNotifier } from './HoldingNotifier';

type Catalog = ConstructorParameters<typeof PersonaIndex>[0]['catalog'];

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});
const user = (name: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [team] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${team}` }],
});
const persona = (holders: string[], name = 'ops'): Entity => ({
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: {
    name,
    namespace: 'default',
    title: name.charAt(0).toLocaleUpperCase('en-US') + name.slice(1),
  },
  spec: {
    type: 'operator',
    owner: 'group:default/a',
    holders,
    responsibilities: [{ id: 'r', title: 'Run it' }],
  },
});

describe('HoldingNotifier', () => {
  let entities: Entity[];
  // the real index, reading a catalog that answers `entities`
  const catalog = {
    async *streamEntities(request: { filter?: { kind?: string } }) {
      yield entities.filter(
        e => !request.filter?.kind || e.kind.toLowerCase() === 'persona',
      );
    },
  } as unknown as Catalog;
  const send = jest.fn();

  const notifierWith = async (quietPeriodMs: number) => {
    const knex = await databases.init('SQLITE_3');
    const index = new PersonaIndex({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    const notifier = new HoldingNotifier({
      index: {
        snapshot: () => index.refresh(),
        catchUpWithCatalog: () => index.refresh(),
      },
      store: await NotificationStateStore.create(
        mockServices.database({ knex }),
      ),
      notifications: { send },
      logger: mockServices.logger.mock(),
      quietPeriodMs,
    });
    return notifier;
  };

  beforeEach(() => {
    send.mockReset();
    entities = [
      group('a'),
      group('b'),
      user('ann', 'a'),
      user('bob', 'b'),
      persona(['group:default/a']),
    ];
  });

  it('records the first state silently, then tells new holders once', async () => {
    const notifier = await notifierWith(0);
    expect(await notifier.run()).toEqual({ sent: 0 });

    entities[4] = persona(['group:default/a', 'group:default/b']);
    expect(await notifier.run()).toEqual({ sent: 1 });
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: ['user:default/bob'] },
      payload: expect.objectContaining({
        title: 'You now hold the persona Ops',
        scope: 'persona:persona:default/ops:holders',
      }),
    });
    // the same catalog again: nothing new
    expect(await notifier.run()).toEqual({ sent: 0 });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tells the holders of a persona that appears after the first run', async () => {
    const notifier = await notifierWith(0);
    await notifier.run();
    entities.push(persona(['group:default/b'], 'enablers'));
    expect(await notifier.run()).toEqual({ sent: 1 });
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: ['user:default/bob'] },
      payload: expect.objectContaining({
        title: 'You now hold the persona Enablers',
      }),
    });
  });

  it('notifies nobody during the quiet period after the first run', async () => {
    const notifier = await notifierWith(60_000);
    await notifier.run();
    entities[4] = persona(['group:default/a', 'group:default/b']);
    expect(await notifier.run()).toEqual({ sent: 0 });
    expect(send).not.toHaveBeenCalled();
  });

  it('retries a notification whose sending failed', async () => {
    const notifier = await notifierWith(0);
    await notifier.run();
    entities[4] = persona(['group:default/a', 'group:default/b']);
    send.mockRejectedValueOnce(new Error('notifications backend down'));
    expect(await notifier.run()).toEqual({ sent: 0 });
    expect(await notifier.run()).toEqual({ sent: 1 });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
