import {
  ComponentPersonaRole,
  ComponentViewPart,
  HeldPersona,
  PERSONA_MODES,
  PersonaComponentPages,
  PersonaListPage,
  PersonaMode,
  PersonaRolePages,
  PersonaView,
  SubTeamHolding,
} from '@platform-personas/backstage-plugin-persona-common';

/**
 * How short a view's lists are cut: `limit` items for each long list, and
 * `subTeamLimit` for the component lists of each sub-team's personas, which
 * the first screen of a Group does not show until its sub-teams are
 * included (0: none, their totals only).
 */
export type ViewCut = {
  limit: number;
  subTeamLimit?: number;
};

/** The first `limit` items of a list and, when some are left out, where the rest is. */
function cut<T>(
  items: T[],
  list: string,
  limit: number,
): { items: T[]; page?: PersonaListPage } {
  return items.length > limit
    ? { items: items.slice(0, limit), page: { total: items.length, list } }
    : { items };
}

function cutHeld(held: HeldPersona, at: string, limit: number): HeldPersona {
  const components = { ...held.components };
  const pages: PersonaComponentPages = {};
  for (const mode of PERSONA_MODES) {
    const { items, page } = cut(
      held.components[mode],
      `${at}/components/${mode}`,
      limit,
    );
    components[mode] = items;
    if (page) pages[mode] = page;
  }
  return Object.keys(pages).length
    ? { ...held, components, componentPages: pages }
    : held;
}

function cutSubTeam(
  sub: SubTeamHolding,
  at: string,
  { limit, subTeamLimit = limit }: ViewCut,
): SubTeamHolding {
  return {
    ...sub,
    personas: sub.personas.map((held, i) =>
      cutHeld(held, `${at}/personas/${i}`, subTeamLimit),
    ),
  };
}

function cutRoleHolders(
  role: ComponentPersonaRole,
  at: string,
  limit: number,
): ComponentPersonaRole {
  const { items, page } = cut(role.holders, `${at}/holders`, limit);
  return page ? { ...role, holders: items, holderPage: page } : role;
}

function cutRoles(
  modes: Record<PersonaMode, ComponentPersonaRole[]>,
  at: string,
  limit: number,
): Record<PersonaMode, ComponentPersonaRole[]> {
  const cutModes = { ...modes };
  for (const mode of PERSONA_MODES) {
    cutModes[mode] = modes[mode].map((role, i) =>
      cutRoleHolders(role, `${at}/${mode}/${i}`, limit),
    );
  }
  return cutModes;
}

function cutPart(
  part: ComponentViewPart,
  at: string,
  limit: number,
): ComponentViewPart {
  return { ...part, modes: cutRoles(part.modes, `${at}/modes`, limit) };
}

/**
 * The roles of the viewed component itself, each mode's list cut to its
 * first `limit` personas and each persona's holders to `limit`; the pages
 * of the lists of personas that were cut.
 */
function cutOwnRoles(
  modes: Record<PersonaMode, ComponentPersonaRole[]>,
  limit: number,
) {
  const cutModes = { ...modes };
  const rolePages: PersonaRolePages = {};
  for (const mode of PERSONA_MODES) {
    const { items, page } = cut(modes[mode], `/modes/${mode}`, limit);
    cutModes[mode] = items.map((role, i) =>
      cutRoleHolders(role, `/modes/${mode}/${i}`, limit),
    );
    if (page) rolePages[mode] = page;
  }
  return {
    modes: cutModes,
    ...(Object.keys(rolePages).length && { rolePages }),
  };
}

/**
 * The view with each long list cut to its first `limit` items (a sub-team's
 * components to `subTeamLimit`), and a page (total and JSON pointer) beside
 * each list that was cut: what the first screen of a view shows, in an
 * answer of bounded size.
 */
export function cutView(view: PersonaView, viewCut: ViewCut): PersonaView {
  const { limit } = viewCut;
  if (view.type === 'holder') {
    const subTeams = cut(view.subTeams ?? [], '/subTeams', limit);
    return {
      ...view,
      personas: view.personas.map((held, i) =>
        cutHeld(held, `/personas/${i}`, limit),
      ),
      ...(view.subTeams && {
        subTeams: subTeams.items.map((sub, i) =>
          cutSubTeam(sub, `/subTeams/${i}`, viewCut),
        ),
      }),
      ...(subTeams.page && { subTeamPage: subTeams.page }),
    };
  }
  if (view.type === 'component') {
    const parts = cut(view.parts ?? [], '/parts', limit);
    return {
      ...view,
      ...cutOwnRoles(view.modes, limit),
      ...(view.parts && {
        parts: parts.items.map((part, i) =>
          cutPart(part, `/parts/${i}`, limit),
        ),
      }),
      ...(parts.page && { partPage: parts.page }),
    };
  }
  const holders = cut(view.holders, '/holders', limit);
  const components = { ...view.components };
  const componentPages: PersonaComponentPages = {};
  for (const mode of PERSONA_MODES) {
    const { items, page } = cut(
      view.components[mode],
      `/components/${mode}`,
      limit,
    );
    components[mode] = items;
    if (page) componentPages[mode] = page;
  }
  return {
    ...view,
    holders: holders.items,
    ...(holders.page && { holderPage: holders.page }),
    components,
    ...(Object.keys(componentPages).length && { componentPages }),
  };
}

const OWN_ROLES = /^\/modes\/[a-z]+$/;

/** How the items of the list at a pointer are cut in their turn. */
export function cutListItem(
  list: string,
  viewCut: ViewCut,
): (item: unknown, at: string) => unknown {
  if (list === '/subTeams') {
    return (item, at) => cutSubTeam(item as SubTeamHolding, at, viewCut);
  }
  if (list === '/parts') {
    return (item, at) => cutPart(item as ComponentViewPart, at, viewCut.limit);
  }
  if (OWN_ROLES.test(list)) {
    return (item, at) =>
      cutRoleHolders(item as ComponentPersonaRole, at, viewCut.limit);
  }
  return item => item;
}
