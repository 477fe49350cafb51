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
import LinearProgress from '@material-ui/core/LinearProgress';
import { useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../../api';
import { useValidatorPath } from '../../hooks/usePersonaPaths';
import { personaTranslationRef } from '../../translation';
import { CoverageExportButtons } from '../CoverageExport';
import { CoverageFilters } from '../CoverageFilters';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { CoverageRequests } from './CoverageRequests';
import { CoverageResults } from './CoverageResults';
import { useFilterOptions } from './useFilterOptions';
import { useCoverageQuery } from './useCoverageQuery';

type PersonaExplorerProps = {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The org-wide view of personas, without page chrome: the team × persona
 * matrix, filtered by framework and type and searched by team, its teams
 * paged; the coverage gaps, each paged on its own; and export of the
 * matrix and the gaps as CSV or JSON.
 */
export function PersonaExplorer(props: PersonaExplorerProps) {
  const personaApi = useApi(personaApiRef);
  const query = useCoverageQuery();
  const { filters, offset, limit } = query;
  const [attempt, setAttempt] = useState(0);
  // A new set of filters (or a retry) starts from nothing read
  const requests = useMemo(
    () => new CoverageRequests(personaApi, filters, attempt),
    [personaApi, filters, attempt],
  );
  const { loading, error, value } = useAsyncRetry(
    async () => ({ requests, shown: await requests.page(offset, limit) }),
    [requests, offset, limit],
  );
  // Another page of the same answer keeps what is on screen meanwhile
  const current = value?.requests === requests ? value.shown : undefined;
  const options = useFilterOptions(current?.personas);
  const filtered = Boolean(filters.framework || filters.type);
  const validatorPath = useValidatorPath();
  const { t } = useTranslationRef(personaTranslationRef);

  let body;
  if (error && !loading) {
    body = (
      <RetryableErrorPanel
        error={error}
        title={t('explorer.errorTitle')}
        onRetry={() => setAttempt(n => n + 1)}
      />
    );
  } else if (!current) {
    body = <Progress />;
  } else if (current.personas.length === 0 && !filtered) {
    body = (
      <PersonaEmptyState
        title={t('explorer.noPersonasTitle')}
        description={t('explorer.noPersonasDescription')}
        docsUrl={props.docsUrl}
      />
    );
  } else if (current.personas.length === 0) {
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
  } else {
    body = (
      <>
        {loading && <LinearProgress />}
        <CoverageResults
          requests={requests}
          shown={current}
          search={query.team}
          offset={offset}
          limit={limit}
          onPageChange={query.setPage}
          onLimitChange={query.setLimit}
        />
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
        {current && current.personas.length > 0 && (
          <Box ml={1} component="span">
            <CoverageExportButtons filters={filters} shown={current} />
          </Box>
        )}
      </ContentHeader>
      <Box mb={2}>
        <CoverageFilters
          values={filters}
          frameworks={options.frameworks}
          types={options.types}
          onChange={query.setFilters}
          team={query.team}
          onTeamChange={query.setTeam}
        />
      </Box>
      {body}
    </>
  );
}
