import { CacheManager } from '@backstage/backend-defaults/cache';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { ConfigReader } from '@backstage/config';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { JsonObject } from '@backstage/types';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CallerAccess } from './CallerAccess';
import { PersonaIndex } from './PersonaIndex';
import { DefaultPersonaViewService } from './DefaultPersonaViewService';

const entity = (
  kind: string,
  name: string,
  spec: JsonObject = {},
  relations: Array<[string, string]> = [],
): Entity => ({
  apiVersion:
    kind === 'Persona'
      ? 'platform-personas.io/v1alpha1'
      : 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec,
  relations: relations.map(([type, targetRef]) => ({ type, targetRef })),
});

const catalogEntities = [
  entity('Group', 'platform'),
  entity('Group', 'secret-team', {}, [['childOf', 'group:default/platform']]),
  entity('User', 'visible-user', {}, [['memberOf', 'group:default/platform']]),
  entity('User', 'hidden-user', {}, [['memberOf', 'group:default/platform']]),
  entity('Component', 'open-service', { type: 'service' }, [
    ['ownedBy', 'group:default/secret-team'],
  ]),
  entity('Component', 'secret-service', { type: 'service' }, [
    ['ownedBy', 'group:default/platform'],
  ]),
  entity('Persona', 'builder', {
    type: 'builder',
    owner: 'secret-team',
    holders: ['platform', 'secret-team'],
    responsibilities: [{ id: 'r', title: 'R' }],
    builds: [
      { filter: { kind: 'Component', 'spec.type': 'service' } },
      'component:default/ghost',
    ],
  }),
  entity('Persona', 'secret-persona', {
    type: 'builder',
    owner: 'platform',
    holders: ['secret-team'],
    responsibilities: [{ id: 'r', title: 'R' }],
  }),
];

const hidden = new Set([
  'group:default/secret-team',
  'user:default/hidden-user',
  'component:default/secret-service',
  'persona:default/secret-persona',
]);

/** A catalog whose caller may not read the `hidden` entities. */
function fakeCatalog(overrides: Partial<CatalogService> = {}): CatalogService {
  return {
    async *streamEntities() {
      yield catalogEntities;
    },
    async getEntityByRef(entityRef: string) {
      return hidden.has(entityRef)
        ? undefined
        : catalogEntities.find(e => stringifyEntityRef(e) === entityRef);
    },
    async getEntitiesByRefs({ entityRefs }: { entityRefs: string[] }) {
      return {
        items: entityRefs.map(ref =>
          hidden.has(ref)
            ? undefined
            : catalogEntities.find(e => stringifyEntityRef(e) === ref),
        ),
      };
    },
    ...overrides,
  } as unknown as CatalogService;
}

/** A permission policy that leaves each read to the catalog's conditions. */
const conditionalPermissions = (
  result: AuthorizeResult = AuthorizeResult.CONDITIONAL,
) =>
  mockServices.permissions.mock({
    authorizeConditional: async () => [
      result === AuthorizeResult.CONDITIONAL
        ? {
            result,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: { claims: ['user:default/visible-user'] },
            },
          }
        : { result },
    ],
  });

/** The service as a client reads it: the JSON text the router sends, parsed. */
function asClient(views: DefaultPersonaViewService) {
  return {
    async getView(
      entityRef: string,
      credentials: BackstageCredentials,
    ): Promise<PersonaViewResponse> {
      return JSON.parse((await views.getViewBody(entityRef, credentials)).json);
    },
  };
}

function service(
  catalog: CatalogService,
  catalogTimeoutMs?: number,
  permissions = conditionalPermissions(),
) {
  const index = new PersonaIndex({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
  });
  const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin(
    'persona',
  );
  const logger = mockServices.logger.mock();
  const access = new CallerAccess({
    catalog,
    permissions,
    timeoutMs: catalogTimeoutMs,
    cache,
    logger,
  });
  return asClient(
    new DefaultPersonaViewService({ index, access, catalog, cache, logger }),
  );
}

/**
 * A catalog that receives entities after the persona index was built, read
 * by a caller whose read permission is an unconditional ALLOW except for
 * `unreadable` refs, and the number of index builds it has served.
 */
function growingCatalog() {
  const entities = [...catalogEntities];
  const unreadable = new Set<string>();
  const find = (ref: string) =>
    unreadable.has(ref)
      ? undefined
      : entities.find(e => stringifyEntityRef(e) === ref);
  let streams = 0;
  const catalog = fakeCatalog({
    async *streamEntities() {
      streams += 1;
      yield [...entities];
    },
    getEntityByRef: async (ref: string) => find(ref),
  } as Partial<CatalogService>);
  const index = new PersonaIndex({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    catchUpGapMs: 50,
  });
  const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin(
    'persona',
  );
  const logger = mockServices.logger.mock();
  const access = new CallerAccess({
    catalog,
    permissions: conditionalPermissions(AuthorizeResult.ALLOW),
    cache,
    logger,
  });
  const views = asClient(
    new DefaultPersonaViewService({ index, access, catalog, cache, logger }),
  );
  return {
    views,
    add: (
      added: Entity,
      options: { readable: boolean } = { readable: true },
    ) => {
      entities.push(added);
      if (!options.readable) unreadable.add(stringifyEntityRef(added));
    },
    // each build streams the personas, everything else, then the groups'
    // team type annotations
    builds: () => streams / 3,
  };
}

describe('DefaultPersonaViewService', () => {
  const caller = mockCredentials.user('user:default/visible-user');

  it('leaves out every entity the caller may not read, even as a ref or a count', async () => {
    const views = service(fakeCatalog());
    const all = JSON.stringify([
      await views.getView('group:default/platform', caller),
      await views.getView('persona:default/builder', caller),
      await views.getView('component:default/open-service', caller),
      await views.getView('user:default/visible-user', caller),
    ]);
    for (const ref of hidden) {
      expect(all).not.toContain(ref);
    }
    const persona = await views.getView('persona:default/builder', caller);
    expect(persona.type === 'persona' && persona.holders).toEqual([
      // hidden-user, a direct member too, is not counted
      {
        ref: 'group:default/platform',
        missing: false,
        memberCount: 1,
        directMemberCount: 1,
      },
    ]);
    expect(persona.type === 'persona' && persona.persona.owner).toBeUndefined();
    expect(
      persona.type === 'persona' &&
        persona.components.builds.map(c => [c.ref, c.missing, c.owners]),
    ).toEqual([
      ['component:default/ghost', true, []],
      ['component:default/open-service', false, []],
    ]);
  });

  it('answers 404 alike for an entity that does not exist and one the caller may not read', async () => {
    const views = service(fakeCatalog());
    await expect(
      views.getView('group:default/secret-team', caller),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'No persona view for group:default/secret-team',
    });
    await expect(
      views.getView('group:default/nowhere', caller),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });

  it('asks the catalog nothing when the read permission is an unconditional ALLOW', async () => {
    const catalog = fakeCatalog({
      getEntitiesByRefs: jest.fn(),
    } as Partial<CatalogService>);
    const views = service(
      catalog,
      undefined,
      conditionalPermissions(AuthorizeResult.ALLOW),
    );
    const view = await views.getView('persona:default/secret-persona', caller);
    expect(view.type === 'persona' && view.holders).toEqual([
      {
        ref: 'group:default/secret-team',
        missing: false,
        memberCount: 0,
        directMemberCount: 0,
      },
    ]);
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('answers 404 for everything when the read permission is an unconditional DENY', async () => {
    const views = service(
      fakeCatalog(),
      undefined,
      conditionalPermissions(AuthorizeResult.DENY),
    );
    await expect(
      views.getView('group:default/platform', caller),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('answers 503 when the catalog cannot be read to build the index', async () => {
    const views = service(
      fakeCatalog({
        // eslint-disable-next-line require-yield
        async *streamEntities() {
          throw new Error('connect ECONNREFUSED');
        },
      } as Partial<CatalogService>),
    );
    await expect(
      views.getView('group:default/platform', caller),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('answers 503 within the timeout when the catalog hangs, saying how old the index is', async () => {
    const views = service(
      fakeCatalog({ getEntitiesByRefs: () => new Promise(() => {}) }),
      50,
    );
    await expect(
      views.getView('group:default/platform', caller),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringMatching(
        /no answer within 50 ms.*the persona index is from \d{4}-/,
      ),
    });
  });

  it('asks the catalog once per view for callers given the same conditions, and anew for other conditions', async () => {
    const getEntitiesByRefs = jest.fn(fakeCatalog().getEntitiesByRefs);
    // each caller may read what they own: the claims are their own ref
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async (_requests, { credentials }) => [
        {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: {
              claims: [(credentials.principal as any).userEntityRef],
            },
          },
        },
      ],
    });
    const views = service(
      fakeCatalog({ getEntitiesByRefs }),
      undefined,
      permissions,
    );

    const first = await views.getView('group:default/platform', caller);
    const again = await views.getView('group:default/platform', caller);
    expect(again).toEqual(first);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);

    const other = mockCredentials.user('user:default/hidden-user');
    await views.getView('group:default/platform', other);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(2);
    expect(getEntitiesByRefs.mock.calls[1][1]).toEqual({ credentials: other });
  });

  describe('an entity created in the catalog after the index was built', () => {
    it('answers its view after one catch-up build instead of a 404', async () => {
      const catalog = growingCatalog();
      await catalog.views.getView('group:default/platform', caller);
      expect(catalog.builds()).toBe(1);

      catalog.add(
        entity('Group', 'new-team', {}, [
          ['childOf', 'group:default/platform'],
        ]),
      );
      const view = await catalog.views.getView(
        'group:default/new-team',
        caller,
      );
      expect(view.type === 'holder' && view.entityRef).toBe(
        'group:default/new-team',
      );
      expect(catalog.builds()).toBe(2);
      // now in the index: no further build
      await catalog.views.getView('group:default/new-team', caller);
      expect(catalog.builds()).toBe(2);
    });

    it('shares one catch-up build among requests that arrive together', async () => {
      const catalog = growingCatalog();
      await catalog.views.getView('group:default/platform', caller);
      catalog.add(entity('Group', 'team-a'));
      catalog.add(entity('Group', 'team-b'));
      const views = await Promise.all(
        ['team-a', 'team-b', 'team-a', 'team-b', 'team-a'].map(name =>
          catalog.views.getView(`group:default/${name}`, caller),
        ),
      );
      expect(views.map(v => v.type === 'holder' && v.entityRef)).toEqual([
        'group:default/team-a',
        'group:default/team-b',
        'group:default/team-a',
        'group:default/team-b',
        'group:default/team-a',
      ]);
      expect(catalog.builds()).toBe(2);
    });

    it('answers 404 without a build when the caller may not read it in the catalog', async () => {
      const catalog = growingCatalog();
      await catalog.views.getView('group:default/platform', caller);
      catalog.add(entity('Group', 'hidden-new-team'), { readable: false });
      await expect(
        catalog.views.getView('group:default/hidden-new-team', caller),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(catalog.builds()).toBe(1);
    });

    it('builds once, not once per request, for an entity that has no view', async () => {
      const catalog = growingCatalog();
      await catalog.views.getView('group:default/platform', caller);
      catalog.add(entity('Location', 'examples', { targets: [] }));
      for (let i = 0; i < 3; i++) {
        await expect(
          catalog.views.getView('location:default/examples', caller),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: 'No persona view for location:default/examples',
        });
      }
      expect(catalog.builds()).toBe(2);
    });
  });
});
