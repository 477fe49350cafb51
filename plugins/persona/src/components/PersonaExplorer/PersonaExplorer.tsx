import {
  ContentHeader,
  EmptyState,
  LinkButton,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TablePagination from '@material-ui/core/TablePagination';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../../api';
import { useValidatorPath } from '../../hooks/usePersonaPaths';
import { personaTranslationRef } from '../../translation';
import { CoverageExportButtons } from '../CoverageExport';
import { CoverageFilters } from '../CoverageFilters';
import { CoverageGaps } from '../CoverageGaps';
import { CoverageMatrix } from '../CoverageMatrix';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { useFilterOptions } from './useFilterOptions';
import { PAGE_SIZES, useCoverageQuery } from './useCoverageQuery';

type PersonaExplorerProps = {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The org-wide view of personas, without page chrome: the team × persona
 * matrix, filtered by framework and type, the coverage gaps, paging, and
 * export of the matrix as CSV or JSON.
 */
export function PersonaExplorer(props: PersonaExplorerProps) {
  const personaApi = useApi(personaApiRef);
  const query = useCoverageQuery();
  const { filters, offset, limit } = query;
  const { loading, error, value, retry } = useAsyncRetry(
    () => personaApi.getCoverage({ ...filters, offset, limit }),
    [personaApi, filters, offset, limit],
  );
  const options = useFilterOptions(value?.personas);
  const filtered = Boolean(filters.framework || filters.type);
  const validatorPath = useValidatorPath();
  const { t } = useTranslationRef(personaTranslationRef);

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <RetryableErrorPanel
        error={error}
        title={t('explorer.errorTitle')}
        onRetry={retry}
      />
    );
  } else if (value && value.personas.length === 0 && !filtered) {
    body = (
      <PersonaEmptyState
        title={t('explorer.noPersonasTitle')}
        description={t('explorer.noPersonasDescription')}
        docsUrl={props.docsUrl}
      />
    );
  } else if (value && value.personas.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('explorer.noMatchTitle')}
        action={
          <Button variant="outlined" onClick={() => query.setFilters({})}>
            {t('explorer.clearFilters')}
          </Button>
        }
      />
    );
  } else if (value) {
    const count = Math.max(
      value.teams.total,
      value.personasWithoutHolder.total,
      value.uncoveredComponents.total,
      value.groupsWithoutPersona.total,
    );
    body = (
      <>
        <CoverageMatrix personas={value.personas} teams={value.teams} />
        <TablePagination
          component="div"
          count={count}
          page={Math.floor(offset / limit)}
          rowsPerPage={limit}
          rowsPerPageOptions={PAGE_SIZES}
          labelRowsPerPage={t('explorer.rowsPerPage')}
          onPageChange={(_, page) => query.setPage(page)}
          onRowsPerPageChange={event =>
            query.setLimit(Number(event.target.value))
          }
        />
        <Box mt={2}>
          <CoverageGaps coverage={value} />
        </Box>
      </>
    );
  }

  return (
    <>
      <ContentHeader title={t('explorer.title')}>
        {/* a link, not the button role MUI gives links styled as buttons */}
        <LinkButton
          to={validatorPath}
          role="link"
          variant="outlined"
          size="small"
        >
          {t('explorer.validate')}
        </LinkButton>
        {value && value.personas.length > 0 && (
          <Box ml={1} component="span">
            <CoverageExportButtons filters={filters} shown={value} />
          </Box>
        )}
      </ContentHeader>
      <Box mb={2}>
        <CoverageFilters
          values={filters}
          frameworks={options.frameworks}
          types={options.types}
          onChange={query.setFilters}
        />
      </Box>
      {body}
    </>
  );
}
