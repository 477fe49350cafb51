import {
  ComponentViewPart,
  PersonaMode,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';

/** A persona of a roll-up: the parts it comes through, and their holders. */
export type RollupRow = {
  /** The persona's ref: unique per mode, as material-table requires. */
  id: string;
  persona: PersonaSummary;
  holders: string[];
  parts: Array<Pick<ComponentViewPart, 'ref' | 'title' | 'through'>>;
};

/**
 * Per persona, the parts of a System or Domain it builds, enables or
 * consumes in one mode, and everyone who holds it for any of them; the
 * personas that cover the most parts first.
 */
export function partsRollup(
  parts: ComponentViewPart[],
  mode: PersonaMode,
): RollupRow[] {
  const rows = new Map<string, RollupRow>();
  for (const part of parts) {
    for (const role of part.modes[mode]) {
      const row = rows.get(role.persona.ref) ?? {
        id: role.persona.ref,
        persona: role.persona,
        holders: [],
        parts: [],
      };
      rows.set(role.persona.ref, row);
      role.holders.forEach(h => row.holders.includes(h) || row.holders.push(h));
      row.parts.push({
        ref: part.ref,
        title: part.title,
        through: part.through,
      });
    }
  }
  return [...rows.values()]
    .map(row => ({ ...row, holders: row.holders.sort() }))
    .sort(
      (a, b) =>
        b.parts.length - a.parts.length ||
        (a.persona.title ?? a.id).localeCompare(b.persona.title ?? b.id),
    );
}

/** The parts that no persona builds, enables or consumes. */
export function uncoveredParts(parts: ComponentViewPart[]) {
  return parts.filter(part =>
    Object.values(part.modes).every(roles => roles.length === 0),
  );
}
