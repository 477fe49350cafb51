import { PersonaCoverageRow } from '@platform-personas/backstage-plugin-persona-common';
import { compareShown, refName, titleOf } from './humanize';

/** The key rows sort by: the title shown, else the name (as the backend does). */
function sortKey(row: PersonaCoverageRow): string {
  return row.title ?? refName(row.group);
}

/**
 * Team rows in the order people read them: by title (the name where there is
 * none), then by ref so that equal titles keep a stable order.
 */
export function sortTeamRows(rows: PersonaCoverageRow[]): PersonaCoverageRow[] {
  return [...rows].sort(
    (a, b) =>
      compareShown(sortKey(a), sortKey(b)) || a.group.localeCompare(b.group),
  );
}

/**
 * Whether a team matches what was typed in the search box: any word of its
 * title, humanised name or ref, ignoring case.
 */
export function teamMatches(row: PersonaCoverageRow, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) {
    return true;
  }
  return [row.title ?? '', titleOf(row.group), row.group].some(text =>
    text.toLocaleLowerCase().includes(needle),
  );
}
