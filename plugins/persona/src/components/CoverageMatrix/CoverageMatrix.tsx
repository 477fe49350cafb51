import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import Typography from '@material-ui/core/Typography';
import {
  PersonaCoverageRow,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode, useMemo, useRef } from 'react';
import { personaTranslationRef } from '../../translation';
import { groupByFramework } from '../CoverageLabels';
import { MatrixHead } from './MatrixHead';
import { MatrixRow } from './MatrixRow';
import { useHorizontalScroll } from './useHorizontalScroll';
import { useMatrixStyles } from './useMatrixStyles';

/**
 * The team × persona matrix: a row per team of the current page (in the
 * order given), a column per persona grouped by framework, each cell saying
 * whether the team holds the persona directly or inherits it. The matrix
 * scrolls in its own box with its header and team column sticky; a shadow
 * at the right edge says when more personas lie beyond it.
 */
export function CoverageMatrix(props: {
  personas: PersonaSummary[];
  rows: PersonaCoverageRow[];
  /** Every team that matches, across pages. */
  total: number;
  /** What to say when there is no row. */
  empty?: ReactNode;
  /** Under the matrix: its pager. */
  footer?: ReactNode;
}) {
  const { personas, rows, total, empty, footer } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const classes = useMatrixStyles();
  const groups = useMemo(() => groupByFramework(personas), [personas]);
  const scroller = useRef<HTMLDivElement>(null);
  const { scrolled, more, onScroll } = useHorizontalScroll(scroller);

  return (
    <InfoCard
      title={t('matrix.title', { total: String(total) })}
      subheader={t('matrix.subtitle')}
      noPadding
    >
      {more && (
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.hintText}
        >
          {t('matrix.scrollHint')}
        </Typography>
      )}
      <div className={classes.frame}>
        <div
          ref={scroller}
          className={classes.scroller}
          onScroll={onScroll}
          data-testid="persona-coverage-matrix-scroller"
        >
          <Table size="small" className={classes.table}>
            <MatrixHead groups={groups} scrolled={scrolled} />
            <TableBody>
              {rows.map(row => (
                <MatrixRow
                  key={row.group}
                  row={row}
                  rows={rows}
                  groups={groups}
                  scrolled={scrolled}
                />
              ))}
            </TableBody>
          </Table>
        </div>
        {more && (
          <div
            className={classes.hint}
            data-testid="persona-coverage-scroll-hint"
          />
        )}
      </div>
      {rows.length === 0 && (
        <Box p={2}>
          <Typography variant="body2" color="textSecondary">
            {empty ?? t('matrix.empty')}
          </Typography>
        </Box>
      )}
      {footer}
    </InfoCard>
  );
}
