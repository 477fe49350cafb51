import {
  ComponentPersonaRole,
  ComponentViewPart,
  HeldPersona,
  PERSONA_MODES,
  PersonaComponentPages,
  PersonaListPage,
  PersonaMode,
  PersonaRolePages,
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
export function cut<T>(
  items: T[],
  list: string,
  limit: number,
): { items: T[]; page?: PersonaListPage } {
  return items.length > limit
    ? { items: items.slice(0, limit), page: { total: items.length, list } }
    : { items };
}

/**
 * Each mode's components cut to `limit`, and the pages of the modes that
 * were cut (none when none was).
 */
export function cutComponents<C extends Record<PersonaMode, unknown[]>>(
  components: C,
  at: string,
  limit: number,
): { components: C; componentPages?: PersonaComponentPages } {
  const cutModes = { ...components };
  const pages: PersonaComponentPages = {};
  for (const mode of PERSONA_MODES) {
    const { items, page } = cut(
      components[mode],
      `${at}/components/${mode}`,
      limit,
    );
    cutModes[mode] = items;
    if (page) pages[mode] = page;
  }
  return {
    components: cutModes,
    ...(Object.keys(pages).length && { componentPages: pages }),
  };
}

export function cutHeld(
  held: HeldPersona,
  at: string,
  limit: number,
): HeldPersona {
  const { components, componentPages } = cutComponents(
    held.components,
    at,
    limit,
  );
  return componentPages ? { ...held, components, componentPages } : held;
}

export function cutSubTeam(
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

export function cutRoleHolders(
  role: ComponentPersonaRole,
  at: string,
  limit: number,
): ComponentPersonaRole {
  const { items, page } = cut(role.holders, `${at}/holders`, limit);
  return page ? { ...role, holders: items, holderPage: page } : role;
}

export function cutPart(
  part: ComponentViewPart,
  at: string,
  limit: number,
): ComponentViewPart {
  const modes = { ...part.modes };
  for (const mode of PERSONA_MODES) {
    modes[mode] = part.modes[mode].map((role, i) =>
      cutRoleHolders(role, `${at}/modes/${mode}/${i}`, limit),
    );
  }
  return { ...part, modes };
}

/**
 * The roles of the viewed component itself, each mode's list cut to its
 * first `limit` personas and each persona's holders to `limit`; the pages
 * of the lists of personas that were cut.
 */
export function cutOwnRoles(
  modes: Record<PersonaMode, ComponentPersonaRole[]>,
  limit: number,
): {
  modes: Record<PersonaMode, ComponentPersonaRole[]>;
  rolePages?: PersonaRolePages;
} {
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
