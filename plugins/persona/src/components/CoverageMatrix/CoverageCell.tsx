import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { PersonaCoverageCell } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';

/**
 * How a team holds a persona: a filled chip when the team is a holder
 * itself, an outlined one when a parent group holds it, nothing otherwise.
 */
export function CoverageCell(props: { cell?: PersonaCoverageCell }) {
  const { cell } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  if (!cell) {
    return null;
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {cell.direct && (
        <Tooltip title={t('matrix.directTooltip')}>
          <Chip size="small" color="primary" label={t('matrix.direct')} />
        </Tooltip>
      )}
      {cell.inheritedFrom.length > 0 && (
        <Tooltip
          title={t('matrix.inheritedTooltip', {
            groups: cell.inheritedFrom.join(', '),
          })}
        >
          <Chip size="small" variant="outlined" label={t('matrix.inherited')} />
        </Tooltip>
      )}
    </Box>
  );
}
