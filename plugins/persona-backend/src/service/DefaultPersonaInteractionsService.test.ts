import { mockCredentials } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaGraph } from '../resolution';
import { component, group, persona } from '../__testUtils__/testGraph';
import { CallerAccess } from './CallerAccess';
import { DefaultPersonaInteractionsService } from './DefaultPersonaInteractionsService';
import { PersonaIndexSnapshot } from './PersonaIndex';

const graph = new PersonaGraph([
  group('platform'),
  group('apps'),
  group('secret'),
  component('mesh', 'group:default/platform', 'service'),
  persona('builder', {
    holders: ['platform'],
    builds: ['component:default/mesh'],
  }),
  persona('user', {
    holders: ['apps', 'secret'],
    consumes: ['component:default/mesh'],
  }),
]);
const snapshot: PersonaIndexSnapshot = {
  graph,
  version: 'v1',
  builtAt: new Date(0),
  buildMillis: 1,
  entityCount: 7,
};
const hidden = new Set(['group:default/secret']);
const caller = mockCredentials.user();

function service(
  readable: { has(ref: string): boolean; shared?: boolean } = {
    has: ref => !hidden.has(ref),
  },
) {
  const access = { readable: jest.fn(async () => readable) };
  const catalog = { getEntityByRef: jest.fn(async () => undefined) };
  const interactions = new DefaultPersonaInteractionsService({
    index: {
      snapshot: async () => snapshot,
      catchUpWithCatalog: async () => snapshot,
    },
    access: access as unknown as CallerAccess,
    catalog: catalog as unknown as CatalogService,
    platformComponentKinds: [{ kind: 'Component' }],
  });
  return { interactions, access, catalog };
}

describe('DefaultPersonaInteractionsService', () => {
  it('answers from what the caller may read', async () => {
    const { interactions } = service();
    const answer = await interactions.getInteractions({}, caller);
    expect(answer.interactions.map(i => [i.from, i.to])).toEqual([
      ['group:default/platform', 'group:default/apps'],
    ]);
    expect(JSON.stringify(answer)).not.toContain('group:default/secret');
    expect(answer.meta.indexVersion).toBe('v1');
  });

  it('narrows the model once for a read decision that requests share', async () => {
    const checks = (shared: boolean) => async () => {
      const has = jest.fn((ref: string) => !hidden.has(ref));
      const { interactions } = service({ has, shared });
      const first = await interactions.getInteractions({}, caller);
      const afterFirst = has.mock.calls.length;
      const second = await interactions.getInteractions({}, caller);
      expect(second.interactions).toEqual(first.interactions);
      return [afterFirst, has.mock.calls.length - afterFirst];
    };
    const [sharedFirst, sharedSecond] = await checks(true)();
    expect(sharedFirst).toBeGreaterThan(0);
    expect(sharedSecond).toBe(0);
    const [, perRequestSecond] = await checks(false)();
    expect(perRequestSecond).toBe(sharedFirst);
  });

  it('answers the same 404 for an unknown group and one the caller may not read', async () => {
    const { interactions, catalog } = service();
    for (const ref of ['group:default/secret', 'group:default/nobody']) {
      await expect(interactions.getTeamApi(ref, caller)).rejects.toMatchObject({
        name: 'NotFoundError',
        message: `No group ${ref}`,
      });
    }
    // the catalog was asked whether the unknown group is new since the build
    expect(catalog.getEntityByRef).toHaveBeenCalledWith(
      'group:default/nobody',
      {
        credentials: caller,
      },
    );
  });

  it('refuses a group query that names another kind or no ref', async () => {
    const { interactions } = service();
    await expect(
      interactions.getInteractions({ group: 'component:default/mesh' }, caller),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      interactions.getComponentFacts({ entityRefs: ['no-kind'] }, caller),
    ).rejects.toMatchObject({ name: 'InputError' });
  });

  it('answers the facts of the components asked for, in any ref case', async () => {
    const { interactions } = service();
    const { items } = await interactions.getComponentFacts(
      { entityRefs: ['Component:default/mesh', 'component:default/none'] },
      caller,
    );
    expect(items).toEqual([
      {
        entityRef: 'component:default/mesh',
        hasBuilder: true,
        hasEnabler: false,
        hasConsumer: true,
        builderHolderCount: 1,
        onlyInherited: false,
      },
    ]);
  });

  it('renders the Team API as Markdown', async () => {
    const { interactions } = service();
    const markdown = await interactions.getTeamApiMarkdown(
      'group:default/platform',
      caller,
    );
    expect(markdown).toContain(
      '| `component:default/mesh` | `group:default/apps` |',
    );
  });
});
