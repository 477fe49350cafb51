import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { personaApiRef } from '../../api';
import { personaTranslationRef } from '../../translation';
import { CoverageFilterValues } from '../CoverageFilters';
import { DownloadButtons } from '../DownloadButtons';
import { coverageToCsv } from './coverageCsv';
import { coverageToJson } from './coverageJson';
import { gapsToCsv } from './gapsCsv';
import { fetchWholeMatrix } from './fetchWholeMatrix';

const CSV = 'text/csv;charset=utf-8';

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
  const { t } = useTranslationRef(personaTranslationRef);
  const matrix = () => fetchWholeMatrix(personaApi, props.filters, props.shown);

  return (
    <DownloadButtons
      exportingLabel={t('exportButtons.exporting')}
      failureMessage={error =>
        t('exportButtons.failed', { message: error.message })
      }
      choices={[
        {
          id: 'csv',
          label: t('exportButtons.csv'),
          file: async () => ({
            content: coverageToCsv(await matrix()),
            fileName: 'persona-coverage.csv',
            mimeType: CSV,
          }),
        },
        {
          id: 'gapsCsv',
          label: t('exportButtons.gapsCsv'),
          file: async () => ({
            content: gapsToCsv(await matrix()),
            fileName: 'persona-coverage-gaps.csv',
            mimeType: CSV,
          }),
        },
        {
          id: 'json',
          label: t('exportButtons.json'),
          file: async () => ({
            content: coverageToJson(await matrix(), props.filters),
            fileName: 'persona-coverage.json',
            mimeType: 'application/json',
          }),
        },
      ]}
    />
  );
}
