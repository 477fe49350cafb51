import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import {
  PersonaCoverageCell,
  PersonaCoverageRow,
} from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { inheritedSources } from '../CoverageLabels';

/**
 * A chip that keyboard users reach with Tab, its tooltip shown on focus and
 * its meaning in its accessible name.
 */
function HoldingChip(props: {
  label: string;
  tooltip: string;
  variant: 'default' | 'outlined';
}) {
  return (
    <Tooltip title={props.tooltip}>
      <Chip
        size="small"
        tabIndex={0}
        // a badge with a text alternative: its label and what it means
        role="img"
        color={props.variant === 'default' ? 'primary' : 'default'}
        variant={props.variant}
        label={props.label}
        aria-label={`${props.label}: ${props.tooltip}`}
      />
    </Tooltip>
  );
}

/**
 * How a team holds a persona: a filled chip when the team is a holder
 * itself, an outlined one when a parent group holds it (its tooltip names
 * the groups by title, and how many levels up they are), nothing otherwise.
 */
export function CoverageCell(props: {
  cell?: PersonaCoverageCell;
  team: string;
  persona: string;
  /** The rows on screen, whose titles name ancestors the answer did not. */
  rows?: PersonaCoverageRow[];
}) {
  const { cell, team, persona, rows } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  if (!cell) {
    return null;
  }
  const groups = inheritedSources(cell, rows)
    .map(source =>
      source.levelsUp === undefined
        ? source.title
        : t('matrix.levelsUp', { title: source.title, count: source.levelsUp }),
    )
    .join(', ');
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {cell.direct && (
        <HoldingChip
          label={t('matrix.direct')}
          tooltip={t('matrix.directTooltip', { team, persona })}
          variant="default"
        />
      )}
      {cell.inheritedFrom.length > 0 && (
        <HoldingChip
          label={t('matrix.inherited')}
          tooltip={t('matrix.inheritedTooltip', { groups })}
          variant="outlined"
        />
      )}
    </Box>
  );
}
