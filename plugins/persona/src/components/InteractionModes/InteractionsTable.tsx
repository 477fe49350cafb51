import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { TeamInteraction } from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode } from 'react';
import { RefLinks } from './RefLinks';

/**
 * Interactions as table rows: the cells that say who interacts with whom
 * (which differ between a team's tab and the explorer), then the
 * components and the personas that imply each interaction.
 */
export function InteractionsTable(props: {
  interactions: TeamInteraction[];
  titles: Record<string, string>;
  /** Headers: of the leading cells, then of components and personas. */
  headers: { leading: string[]; components: string; personas: string };
  /** The leading cells of an interaction's row. */
  leadingCells: (interaction: TeamInteraction) => ReactNode;
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  const { interactions, titles } = props;
  return (
    <Table
      size="small"
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
    >
      <TableHead>
        <TableRow>
          {props.headers.leading.map(header => (
            <TableCell key={header}>{header}</TableCell>
          ))}
          <TableCell>{props.headers.components}</TableCell>
          <TableCell>{props.headers.personas}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {interactions.map(interaction => (
          <TableRow
            key={`${interaction.mode}:${interaction.from}>${interaction.to}`}
          >
            {props.leadingCells(interaction)}
            <TableCell>
              <RefLinks refs={interaction.components} titles={titles} />
            </TableCell>
            <TableCell>
              <RefLinks refs={interaction.personas} titles={titles} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
