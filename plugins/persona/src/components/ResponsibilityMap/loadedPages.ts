import {
  HeldPersona,
  HolderPersonaView,
  PERSONA_MODES,
  PersonaListPage,
  PersonaMode,
  PersonaSummary,
  SubTeamHolding,
} from '@platform-personas/backstage-plugin-persona-common';
import { LoadedList } from '../../hooks/useViewListStore';

/** A list of a holder view that the view cut short. */
export type CutList = {
  page: PersonaListPage;
  /** What is there of it: the view's items, then those loaded since. */
  items: unknown[];
  /** What the list is: a persona's components in a mode, or the sub-teams. */
  of:
    | {
        type: 'components';
        mode: PersonaMode;
        persona: PersonaSummary;
        team?: string;
      }
    | { type: 'subTeams' };
};

function more<T>(
  lists: Record<string, LoadedList>,
  items: T[],
  page: PersonaListPage | undefined,
): T[] {
  const loaded = page ? lists[page.list]?.items : undefined;
  return loaded?.length ? [...items, ...(loaded as T[])] : items;
}

function withMoreComponents(
  held: HeldPersona,
  lists: Record<string, LoadedList>,
): HeldPersona {
  if (!held.componentPages) return held;
  const components = { ...held.components };
  for (const mode of PERSONA_MODES) {
    components[mode] = more(lists, components[mode], held.componentPages[mode]);
  }
  return { ...held, components };
}

/**
 * The view as far as it is loaded: each list it cut short followed by the
 * pages loaded since (`lists`, by pointer) — the sub-teams too, whose own
 * cut lists are extended the same way.
 */
export function withLoadedPages(
  view: HolderPersonaView,
  lists: Record<string, LoadedList>,
): HolderPersonaView {
  if (Object.keys(lists).length === 0) return view;
  const subTeams = view.subTeams
    ? more(lists, view.subTeams, view.subTeamPage).map(
        (sub): SubTeamHolding => ({
          ...sub,
          personas: sub.personas.map(held => withMoreComponents(held, lists)),
        }),
      )
    : undefined;
  return {
    ...view,
    personas: view.personas.map(held => withMoreComponents(held, lists)),
    ...(subTeams ? { subTeams } : {}),
  };
}

/**
 * The lists of a (loaded) view that the map is made of and that the view
 * cut short: each held persona's components per mode, and — with
 * `includeSubTeams` — the sub-teams and their personas' components.
 */
export function cutLists(
  view: HolderPersonaView,
  includeSubTeams: boolean,
): CutList[] {
  const cut: CutList[] = [];
  const add = (held: HeldPersona, team?: string) => {
    for (const mode of PERSONA_MODES) {
      const page = held.componentPages?.[mode];
      if (page) {
        cut.push({
          page,
          items: held.components[mode],
          of: { type: 'components', mode, persona: held.persona, team },
        });
      }
    }
  };
  view.personas.forEach(held => add(held));
  if (includeSubTeams) {
    for (const sub of view.subTeams ?? []) {
      sub.personas.forEach(held => add(held, sub.group));
    }
    if (view.subTeamPage) {
      cut.push({
        page: view.subTeamPage,
        items: view.subTeams ?? [],
        of: { type: 'subTeams' },
      });
    }
  }
  return cut;
}
