import {
  PersonaCoverageCell,
  PersonaCoverageRow,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';

// Spreadsheets run a cell that starts like a formula; a quote makes it text
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted as RFC 4180 says and safe to open in a spreadsheet. */
export function escapeCsvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a team holds a persona, in words: `direct`, `inherited from …`, both, or nothing. */
export function describeCell(cell?: PersonaCoverageCell): string {
  if (!cell) {
    return '';
  }
  const parts: string[] = [];
  if (cell.direct) {
    parts.push('direct');
  }
  if (cell.inheritedFrom.length > 0) {
    parts.push(`inherited from ${cell.inheritedFrom.join(' ')}`);
  }
  return parts.join('; ');
}

/**
 * The team × persona matrix as CSV: a row per team (ref and title), a column
 * per persona (its ref), each cell saying how the team holds it.
 */
export function coverageToCsv(matrix: {
  personas: PersonaSummary[];
  teams: PersonaCoverageRow[];
}): string {
  const header = ['team', 'team title', ...matrix.personas.map(p => p.ref)];
  const rows = matrix.teams.map(team => {
    const cells = new Map(team.cells.map(cell => [cell.persona, cell]));
    return [
      team.group,
      team.title ?? '',
      ...matrix.personas.map(persona => describeCell(cells.get(persona.ref))),
    ];
  });
  return [header, ...rows]
    .map(fields => fields.map(escapeCsvField).join(','))
    .map(line => `${line}\r\n`)
    .join('');
}
