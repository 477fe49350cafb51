import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { PersonaCoverageRow } from '@platform-personas/backstage-plugin-persona-common';
import { FrameworkGroup, personaTitle, titleOf } from '../CoverageLabels';
import { CoverageCell } from './CoverageCell';
import { TeamLink } from './TeamLink';
import { classNames, useMatrixStyles } from './useMatrixStyles';

/** One team of the matrix: its name, sticky at the left, and its cells. */
export function MatrixRow(props: {
  row: PersonaCoverageRow;
  rows: PersonaCoverageRow[];
  groups: FrameworkGroup[];
  scrolled: boolean;
}) {
  const { row, rows, groups, scrolled } = props;
  const classes = useMatrixStyles();
  const cells = new Map(row.cells.map(cell => [cell.persona, cell]));
  return (
    <TableRow>
      <TableCell
        component="th"
        scope="row"
        role="rowheader"
        className={classNames(classes.sticky, classes.team, classes.words, {
          [classes.scrolled]: scrolled,
        })}
      >
        <TeamLink group={row.group} title={row.title} />
      </TableCell>
      {groups.flatMap(group =>
        group.personas.map((persona, index) => (
          <TableCell
            key={persona.ref}
            className={classNames({ [classes.groupStart]: index === 0 })}
          >
            <CoverageCell
              cell={cells.get(persona.ref)}
              team={titleOf(row.group, row.title)}
              persona={personaTitle(persona)}
              rows={rows}
            />
          </TableCell>
        )),
      )}
    </TableRow>
  );
}
