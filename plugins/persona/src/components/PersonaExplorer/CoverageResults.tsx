import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import TablePagination from '@material-ui/core/TablePagination';
import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { useCallback } from 'react';
import { personaTranslationRef } from '../../translation';
import { CoverageGaps, LoadGapPage } from '../CoverageGaps';
import { CoverageMatrix } from '../CoverageMatrix';
import { CoverageRequests } from './CoverageRequests';
import { PAGE_SIZES } from './useCoverageQuery';
import { useTeamRows } from './useTeamRows';

/**
 * The answer of the explorer: the matrix with the pager of its teams, and
 * under it the gap lists, each with a pager of its own.
 */
export function CoverageResults(props: {
  requests: CoverageRequests;
  shown: PersonaCoverageResponse;
  search: string;
  offset: number;
  limit: number;
  onPageChange: (page: number) => void;
  onLimitChange: (limit: number) => void;
}) {
  const { requests, shown, search, offset, limit } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const loadGapPage: LoadGapPage = useCallback(
    (list, gapOffset, gapLimit) => requests.gapPage(list, gapOffset, gapLimit),
    [requests],
  );
  const { rows, total, loading, error } = useTeamRows({
    requests,
    shown,
    search,
    offset,
    limit,
  });

  let matrix;
  if (loading) {
    matrix = <Progress />;
  } else if (error) {
    matrix = (
      <ResponseErrorPanel title={t('explorer.searchFailed')} error={error} />
    );
  } else {
    matrix = (
      <CoverageMatrix
        personas={shown.personas}
        rows={rows}
        total={total}
        empty={
          search.trim()
            ? t('matrix.noSearchMatch', { search: search.trim() })
            : undefined
        }
        footer={
          <TablePagination
            component="div"
            count={total}
            page={Math.floor(offset / limit)}
            rowsPerPage={limit}
            rowsPerPageOptions={PAGE_SIZES}
            labelRowsPerPage={t('explorer.rowsPerPage')}
            onPageChange={(_, page) => props.onPageChange(page)}
            onRowsPerPageChange={event =>
              props.onLimitChange(Number(event.target.value))
            }
          />
        }
      />
    );
  }

  return (
    <>
      {matrix}
      <Box mt={3}>
        <CoverageGaps coverage={shown} loadPage={loadGapPage} />
      </Box>
    </>
  );
}
