import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ComponentPersonaRole,
  ComponentPersonaView,
  HolderPersonaView,
  PersonaDetailView,
} from '@platform-personas/backstage-plugin-persona-common';
import { CallerAccess } from './CallerAccess';
import { DefaultPersonaViewService } from './DefaultPersonaViewService';
import { PersonaIndex } from './PersonaIndex';

const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team' },
  relations: parent
    ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
    : [],
});
const serviceEntity = (n: number): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: `service-${n}`, namespace: 'default' },
  spec: { type: 'service' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team' }],
});

const otherBuilder = (name: string, holders: string[]): Entity => ({
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'builder',
    owner: 'team',
    holders,
    responsibilities: [{ id: 'r', title: 'R' }],
    builds: ['component:default/service-1'],
  },
});

/**
 * A team with 3 sub-teams, holding a persona that builds 7 services; two
 * personas of sub-teams build the first service too.
 */
const entities: Entity[] = [
  otherBuilder('builder-2', ['sub-1']),
  otherBuilder('builder-3', ['sub-1', 'sub-2']),
  group('team'),
  ...[1, 2, 3].map(n => group(`sub-${n}`, 'team')),
  ...[1, 2, 3, 4, 5, 6, 7].map(serviceEntity),
  {
    apiVersion: 'platform-personas.io/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'builder', namespace: 'default' },
    spec: {
      type: 'builder',
      owner: 'team',
      holders: ['team', 'sub-1', 'sub-2', 'sub-3'],
      responsibilities: [{ id: 'r', title: 'R' }],
      builds: [{ filter: { kind: 'Component', 'spec.type': 'service' } }],
    },
  },
];

/** The view service over `entities`, for a caller who may not read `hidden`. */
function views(hidden: string[] = []) {
  const readable = (ref: string) =>
    hidden.includes(ref)
      ? undefined
      : entities.find(e => stringifyEntityRef(e) === ref);
  const catalog = {
    async *streamEntities() {
      yield entities;
    },
    getEntityByRef: async (ref: string) => readable(ref),
    getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
      items: entityRefs.map(readable),
    }),
  } as unknown as CatalogService;
  const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin(
    'persona',
  );
  const logger = mockServices.logger.mock();
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async () => [
      hidden.length
        ? {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'CUSTOM',
              resourceType: 'catalog-entity',
              params: {},
            },
          }
        : { result: AuthorizeResult.ALLOW },
    ],
  });
  const index = new PersonaIndex({
    catalog,
    auth: mockServices.auth(),
    logger,
  });
  const access = new CallerAccess({ catalog, permissions, cache, logger });
  return new DefaultPersonaViewService({
    index,
    access,
    catalog,
    cache,
    logger,
  });
}

const credentials = mockCredentials.user();

describe('DefaultPersonaViewService with a limit', () => {
  it('cuts each long list and points to the rest, which pages in order', async () => {
    const viewService = views();
    const whole: HolderPersonaView = JSON.parse(
      (await viewService.getViewBody('group:default/team', credentials)).json,
    );
    const cut: HolderPersonaView = JSON.parse(
      (
        await viewService.getViewBody('group:default/team', credentials, {
          limit: 2,
        })
      ).json,
    );
    expect(whole.personas[0].components.builds).toHaveLength(7);
    expect(cut.personas[0].components.builds).toEqual(
      whole.personas[0].components.builds.slice(0, 2),
    );
    expect(cut.personas[0].componentPages).toEqual({
      builds: { total: 7, list: '/personas/0/components/builds' },
    });
    expect(cut.subTeams).toHaveLength(2);
    expect(cut.subTeamPage).toEqual({ total: 3, list: '/subTeams' });

    const pages = [];
    for (let offset = 0; offset < 7; offset += 3) {
      const page = await viewService.getViewListPage(
        'group:default/team',
        { list: '/personas/0/components/builds', offset, limit: 3 },
        credentials,
      );
      expect(page.total).toBe(7);
      pages.push(...page.items);
    }
    expect(pages).toEqual(whole.personas[0].components.builds);
  });

  it('cuts the lists within the items of a page of sub-teams', async () => {
    const page = await views().getViewListPage(
      'group:default/team',
      { list: '/subTeams', offset: 2, limit: 2 },
      credentials,
    );
    expect(page.items).toHaveLength(1);
    expect((page.items[0] as any).personas[0].componentPages.builds).toEqual({
      total: 7,
      list: '/subTeams/2/personas/0/components/builds',
    });
  });

  it("cuts the sub-teams' components to subTeamLimit, their totals only at 0", async () => {
    const viewService = views();
    const cut: HolderPersonaView = JSON.parse(
      (
        await viewService.getViewBody('group:default/team', credentials, {
          limit: 2,
          subTeamLimit: 0,
        })
      ).json,
    );
    // the group's own lists are cut to limit, as without subTeamLimit
    expect(cut.personas[0].components.builds).toHaveLength(2);
    expect(cut.subTeams).toHaveLength(2);
    const sub = cut.subTeams![1];
    expect(sub.group).toBe('group:default/sub-2');
    expect(sub.personas.map(held => held.persona.ref)).toEqual([
      'persona:default/builder',
      'persona:default/builder-3',
    ]);
    expect(sub.personas[0].components.builds).toEqual([]);
    expect(sub.personas[0].componentPages).toEqual({
      builds: { total: 7, list: '/subTeams/1/personas/0/components/builds' },
    });
    const page = await viewService.getViewListPage(
      'group:default/team',
      {
        list: sub.personas[0].componentPages!.builds!.list,
        offset: 0,
        limit: 3,
      },
      credentials,
    );
    expect(page.items).toHaveLength(3);
    // a page of sub-teams may leave out their components too
    const subTeams = await viewService.getViewListPage(
      'group:default/team',
      { list: '/subTeams', offset: 2, limit: 2, subTeamLimit: 0 },
      credentials,
    );
    expect((subTeams.items[0] as any).personas[0].components.builds).toEqual(
      [],
    );
  });

  it('keeps one answer per cut: no subTeamLimit and subTeamLimit = limit share it, 0 does not', async () => {
    const viewService = views();
    const subTeamBuilds = async (options: {
      limit: number;
      subTeamLimit?: number;
    }) => {
      const body = await viewService.getViewBody(
        'group:default/team',
        credentials,
        options,
      );
      const view: HolderPersonaView = JSON.parse(body.json);
      return view.subTeams![1].personas[0].components.builds.length;
    };
    // each asked twice, in turns, on one service: a shared key would answer
    // the second of a pair with the first's cut
    expect(await subTeamBuilds({ limit: 2, subTeamLimit: 0 })).toBe(0);
    expect(await subTeamBuilds({ limit: 2 })).toBe(2);
    expect(await subTeamBuilds({ limit: 2, subTeamLimit: 0 })).toBe(0);
    expect(await subTeamBuilds({ limit: 2, subTeamLimit: 2 })).toBe(2);
    expect(await subTeamBuilds({ limit: 2, subTeamLimit: 5 })).toBe(5);
  });

  it('cuts the personas of each mode of a component and pages the rest', async () => {
    const viewService = views();
    const cut: ComponentPersonaView = JSON.parse(
      (
        await viewService.getViewBody(
          'component:default/service-1',
          credentials,
          { limit: 2 },
        )
      ).json,
    );
    expect(cut.modes.builds.map(role => role.persona.ref)).toEqual([
      'persona:default/builder',
      'persona:default/builder-2',
    ]);
    expect(cut.rolePages).toEqual({
      builds: { total: 3, list: '/modes/builds' },
    });
    const page = await viewService.getViewListPage(
      'component:default/service-1',
      { list: '/modes/builds', offset: 2, limit: 1 },
      credentials,
    );
    const [role] = page.items as ComponentPersonaRole[];
    expect(page.total).toBe(3);
    expect(role.persona.ref).toBe('persona:default/builder-3');
    // its holders are cut to the page's limit, as the view's own roles are
    expect(role.holders).toEqual(['group:default/sub-1']);
    expect(role.holderPage).toEqual({
      total: 2,
      list: '/modes/builds/2/holders',
    });
    const holders = await viewService.getViewListPage(
      'component:default/service-1',
      { list: role.holderPage!.list, offset: 1, limit: 50 },
      credentials,
    );
    expect(holders).toMatchObject({ items: ['group:default/sub-2'], total: 2 });
  });

  it('pages what the caller may read only, and names only what it shows', async () => {
    const viewService = views([
      'component:default/service-2',
      'group:default/sub-3',
    ]);
    const persona: PersonaDetailView = JSON.parse(
      (
        await viewService.getViewBody('persona:default/builder', credentials, {
          limit: 4,
        })
      ).json,
    );
    expect(persona.components.builds.map(c => c.ref)).toEqual([
      'component:default/service-1',
      'component:default/service-3',
      'component:default/service-4',
      'component:default/service-5',
    ]);
    expect(persona.componentPages?.builds?.total).toBe(6);
    const page = await viewService.getViewListPage(
      'persona:default/builder',
      { list: '/holders', offset: 0, limit: 10 },
      credentials,
    );
    expect(page.items.map((h: any) => h.ref)).toEqual([
      'group:default/sub-1',
      'group:default/sub-2',
      'group:default/team',
    ]);
  });

  it('refuses a malformed list and answers 404 for one that is no list', async () => {
    const viewService = views();
    await expect(
      viewService.getViewListPage(
        'group:default/team',
        { list: 'personas', offset: 0, limit: 5 },
        credentials,
      ),
    ).rejects.toThrow(InputError);
    await expect(
      viewService.getViewListPage(
        'group:default/team',
        { list: '/personas/0/persona', offset: 0, limit: 5 },
        credentials,
      ),
    ).rejects.toThrow(NotFoundError);
    await expect(
      viewService.getViewListPage(
        'group:default/team',
        { list: '/constructor', offset: 0, limit: 5 },
        credentials,
      ),
    ).rejects.toThrow(NotFoundError);
  });
});
