import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import GetAppIcon from '@material-ui/icons/GetApp';
import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { useState } from 'react';
import { personaApiRef } from '../../api';
import { personaTranslationRef } from '../../translation';
import { CoverageFilterValues } from '../CoverageFilters';
import { coverageToCsv } from './coverageCsv';
import { coverageToJson } from './coverageJson';
import { downloadFile } from './downloadFile';
import { gapsToCsv } from './gapsCsv';
import { fetchWholeMatrix } from './fetchWholeMatrix';

type Format = 'csv' | 'gapsCsv' | 'json';

/**
 * Downloads the whole coverage under the current filters — not just the
 * page on screen: the matrix as CSV (titles as headers), the gaps as a
 * second CSV, or both as JSON.
 */
export function CoverageExportButtons(props: {
  filters: CoverageFilterValues;
  shown: PersonaCoverageResponse;
}) {
  const personaApi = useApi(personaApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  const [exporting, setExporting] = useState<Format>();

  const exportAs = async (format: Format) => {
    setExporting(format);
    try {
      const matrix = await fetchWholeMatrix(
        personaApi,
        props.filters,
        props.shown,
      );
      if (format === 'csv') {
        downloadFile(
          coverageToCsv(matrix),
          'persona-coverage.csv',
          'text/csv;charset=utf-8',
        );
      } else if (format === 'gapsCsv') {
        downloadFile(
          gapsToCsv(matrix),
          'persona-coverage-gaps.csv',
          'text/csv;charset=utf-8',
        );
      } else {
        downloadFile(
          coverageToJson(matrix, props.filters),
          'persona-coverage.json',
          'application/json',
        );
      }
    } catch (error) {
      alertApi.post({
        message: t('exportButtons.failed', {
          message: (error as Error).message,
        }),
        severity: 'error',
      });
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <ButtonGroup
      size="small"
      variant="outlined"
      disabled={exporting !== undefined}
    >
      <Button startIcon={<GetAppIcon />} onClick={() => exportAs('csv')}>
        {exporting === 'csv'
          ? t('exportButtons.exporting')
          : t('exportButtons.csv')}
      </Button>
      <Button startIcon={<GetAppIcon />} onClick={() => exportAs('gapsCsv')}>
        {exporting === 'gapsCsv'
          ? t('exportButtons.exporting')
          : t('exportButtons.gapsCsv')}
      </Button>
      <Button startIcon={<GetAppIcon />} onClick={() => exportAs('json')}>
        {exporting === 'json'
          ? t('exportButtons.exporting')
          : t('exportButtons.json')}
      </Button>
    </ButtonGroup>
  );
}
