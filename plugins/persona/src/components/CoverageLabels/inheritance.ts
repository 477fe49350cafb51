import {
  PersonaCoverageCell,
  PersonaCoverageRow,
} from '@platform-personas/backstage-plugin-persona-common';
import { titleOf } from './humanize';

/** An ancestor a team inherits a persona from, as people read it. */
export type InheritedSource = {
  group: string;
  title: string;
  /** How many levels up (1: the parent); unknown with older backends. */
  levelsUp?: number;
};

/**
 * The ancestors a cell is inherited from, with titles: those the answer
 * carries, else the title of the ancestor's row where it is on screen, else
 * the ancestor's name humanised.
 */
export function inheritedSources(
  cell: PersonaCoverageCell,
  rows: PersonaCoverageRow[] = [],
): InheritedSource[] {
  const via = new Map((cell.inheritedVia ?? []).map(a => [a.group, a]));
  const rowTitles = new Map(rows.map(row => [row.group, row.title]));
  return cell.inheritedFrom.map(group => {
    const ancestor = via.get(group);
    return {
      group,
      title: titleOf(group, ancestor?.title ?? rowTitles.get(group)),
      levelsUp: ancestor?.levelsUp,
    };
  });
}

/** `Application Teams (1 level up)`, in English, for exports. */
export function describeSource(source: InheritedSource): string {
  if (source.levelsUp === undefined) {
    return source.title;
  }
  const levels = source.levelsUp === 1 ? 'level' : 'levels';
  return `${source.title} (${source.levelsUp} ${levels} up)`;
}
