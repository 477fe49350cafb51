import {
  PERSONA_MODES,
  PersonaMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { CutList } from './loadedPages';
import { MapThrough, ResponsibilityMapData } from './responsibilityMap';

/** A count of the map: exact, or the least it can be while lists are cut. */
export type MapCount = { count: number; atLeast: boolean };

/** A cut list not loaded to its end, with its length. */
export type OpenList = CutList & { total: number };

function isThrough(th: MapThrough, list: OpenList): boolean {
  return (
    list.of.type === 'components' &&
    th.mode === list.of.mode &&
    th.persona.ref === list.of.persona.ref &&
    th.team === list.of.team
  );
}

/**
 * What the map's counts say while some of its lists are not whole (`open`).
 * A mode whose lists are all whole counts its rows. Otherwise its
 * components are at least as many as its longest list — exactly that many
 * when every row of the mode comes through that one list; sub-teams not
 * yet loaded may add to every mode. The number of rows likewise.
 */
export function mapCounts(
  map: ResponsibilityMapData,
  open: OpenList[],
): { modes: Record<PersonaMode, MapCount>; rows: MapCount } {
  const subTeamsOpen = open.some(list => list.of.type === 'subTeams');
  const modes = {} as Record<PersonaMode, MapCount>;
  let rows = map.rows.length;
  for (const mode of PERSONA_MODES) {
    const inMode = open.filter(
      list => list.of.type === 'components' && list.of.mode === mode,
    );
    const seen = map.counts[mode];
    if (inMode.length === 0 && !subTeamsOpen) {
      modes[mode] = { count: seen, atLeast: false };
      continue;
    }
    const longest = Math.max(seen, ...inMode.map(list => list.total));
    rows = Math.max(rows, longest);
    const onlyList =
      !subTeamsOpen &&
      inMode.length === 1 &&
      map.rows.every(row =>
        row.through.every(th => th.mode !== mode || isThrough(th, inMode[0])),
      );
    modes[mode] = { count: longest, atLeast: !onlyList };
  }
  const rowsExact =
    open.length === 0 ||
    (open.length === 1 &&
      map.rows.every(row => row.through.every(th => isThrough(th, open[0]))));
  return { modes, rows: { count: rows, atLeast: !rowsExact } };
}
