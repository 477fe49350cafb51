import {
  PersonaCoverageCell,
  PersonaCoverageRow,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';
import {
  describeSource,
  inheritedSources,
  personaTitle,
  titleOf,
} from '../CoverageLabels';

// Spreadsheets run a cell that starts like a formula; a quote makes it text
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted as RFC 4180 says and safe to open in a spreadsheet. */
export function escapeCsvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of fields as CSV text, with CRLF line ends. */
export function toCsv(lines: string[][]): string {
  return lines
    .map(fields => fields.map(escapeCsvField).join(','))
    .map(line => `${line}\r\n`)
    .join('');
}

/**
 * How a team holds a persona, in words: `direct`, `inherited from …` (the
 * groups by title, with how many levels up where known), both, or nothing.
 */
export function describeCell(
  cell?: PersonaCoverageCell,
  rows: PersonaCoverageRow[] = [],
): string {
  if (!cell) {
    return '';
  }
  const parts: string[] = [];
  if (cell.direct) {
    parts.push('direct');
  }
  if (cell.inheritedFrom.length > 0) {
    const sources = inheritedSources(cell, rows).map(describeSource);
    parts.push(`inherited from ${sources.join(', ')}`);
  }
  return parts.join('; ');
}

/**
 * The persona columns' headers: their titles, with the ref added where two
 * personas share a title, so that every column can be told apart.
 */
function personaHeaders(personas: PersonaSummary[]): string[] {
  const titles = personas.map(personaTitle);
  return personas.map((persona, i) =>
    titles.indexOf(titles[i]) === titles.lastIndexOf(titles[i])
      ? titles[i]
      : `${titles[i]} (${persona.ref})`,
  );
}

/**
 * The team × persona matrix as CSV: a row per team — its ref (`ref`, for
 * machines) and its title (`Team`) — and a column per persona headed by its
 * title, each cell saying how the team holds it.
 */
export function coverageToCsv(matrix: {
  personas: PersonaSummary[];
  teams: PersonaCoverageRow[];
}): string {
  const header = ['ref', 'Team', ...personaHeaders(matrix.personas)];
  const rows = matrix.teams.map(team => {
    const cells = new Map(team.cells.map(cell => [cell.persona, cell]));
    return [
      team.group,
      titleOf(team.group, team.title),
      ...matrix.personas.map(persona =>
        describeCell(cells.get(persona.ref), matrix.teams),
      ),
    ];
  });
  return toCsv([header, ...rows]);
}
