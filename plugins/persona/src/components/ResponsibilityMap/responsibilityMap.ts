import {
  HeldPersona,
  HolderPersonaView,
  PERSONA_MODES,
  PersonaComponent,
  PersonaMode,
  PersonaSelectorMatch,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';

/** One persona through which a component is in the map, in one mode. */
export type MapThrough = {
  mode: PersonaMode;
  persona: PersonaSummary;
  /** The sub-team that holds the persona, when it is not the viewed entity. */
  team?: string;
  via: Array<'ref' | 'selector'>;
  selectors?: PersonaSelectorMatch[];
};

/** One row of the responsibility map: a component, once, and every way it is in. */
export type MapRow = {
  /** The component's ref: unique, as material-table requires of a row id. */
  id: string;
  component: PersonaComponent;
  modes: PersonaMode[];
  through: MapThrough[];
};

/** The map: its rows, sorted by title, and per mode how many components. */
export type ResponsibilityMapData = {
  rows: MapRow[];
  counts: Record<PersonaMode, number>;
};

/**
 * Every component the viewed User or Group builds, enables or consumes —
 * each once, with its modes and the personas it comes through; with
 * `includeSubTeams`, also what the Group's sub-teams hold themselves.
 */
export function responsibilityMap(
  view: HolderPersonaView,
  includeSubTeams: boolean,
): ResponsibilityMapData {
  const rows = new Map<string, MapRow>();
  const add = (held: HeldPersona, team?: string) => {
    for (const mode of PERSONA_MODES) {
      for (const component of held.components[mode]) {
        const row = rows.get(component.ref) ?? {
          id: component.ref,
          component,
          modes: [],
          through: [],
        };
        rows.set(component.ref, row);
        if (!row.modes.includes(mode)) row.modes.push(mode);
        const known = row.through.some(
          th =>
            th.mode === mode &&
            th.persona.ref === held.persona.ref &&
            (th.team === team || !th.team),
        );
        if (!known) {
          row.through.push({
            mode,
            persona: held.persona,
            ...(team ? { team } : {}),
            via: component.via,
            ...(component.selectors ? { selectors: component.selectors } : {}),
          });
        }
      }
    }
  };
  view.personas.forEach(held => add(held));
  if (includeSubTeams) {
    for (const sub of view.subTeams ?? []) {
      sub.personas.forEach(held => add(held, sub.group));
    }
  }
  const order = (mode: PersonaMode) => PERSONA_MODES.indexOf(mode);
  const sorted = [...rows.values()]
    .map(row => ({
      ...row,
      modes: row.modes.sort((a, b) => order(a) - order(b)),
    }))
    .sort((a, b) =>
      (a.component.title ?? a.id).localeCompare(b.component.title ?? b.id),
    );
  const counts = {} as Record<PersonaMode, number>;
  for (const mode of PERSONA_MODES) {
    counts[mode] = sorted.filter(row => row.modes.includes(mode)).length;
  }
  return { rows: sorted, counts };
}
