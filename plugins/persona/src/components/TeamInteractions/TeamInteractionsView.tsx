import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { TeamInteractionMode } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../../api';
import { personaTranslationRef } from '../../translation';
import { INTERACTION_MODES } from '../InteractionModes';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { buildTeamGraph } from './graphModel';
import { ModeFilter } from './ModeFilter';
import { TeamInteractionGraph } from './TeamInteractionGraph';
import { TeamInteractionsTable } from './TeamInteractionsTable';

/**
 * The org-wide team interactions: the teams as a graph with their Team
 * Topologies type, an edge per interaction labelled with its mode, the
 * modes to show picked with chips, and the same interactions in a table.
 */
export function TeamInteractionsView() {
  const personaApi = useApi(personaApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  const [modes, setModes] = useState<TeamInteractionMode[]>([
    ...INTERACTION_MODES,
  ]);
  const { loading, error, value, retry } = useAsyncRetry(
    () => personaApi.getInteractions(),
    [personaApi],
  );

  const titles = useMemo(() => {
    const all: Record<string, string> = { ...value?.titles };
    for (const team of value?.teams ?? []) {
      if (team.title) all[team.ref] = team.title;
    }
    return all;
  }, [value]);
  const shown = useMemo(
    () => (value?.interactions ?? []).filter(i => modes.includes(i.mode)),
    [value, modes],
  );
  const graph = useMemo(
    () =>
      buildTeamGraph(value?.teams ?? [], shown, mode =>
        t(`interactionModes.${mode}`),
      ),
    [value, shown, t],
  );

  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <RetryableErrorPanel
        error={error ?? new Error('No answer')}
        title={t('teamInteractions.errorTitle')}
        onRetry={retry}
      />
    );
  }
  if (value.interactions.length === 0) {
    return (
      <EmptyState
        missing="data"
        title={t('teamInteractions.emptyTitle')}
        description={t('teamInteractions.emptyDescription')}
      />
    );
  }
  const counts = Object.fromEntries(
    INTERACTION_MODES.map(mode => [
      mode,
      value.interactions.filter(i => i.mode === mode).length,
    ]),
  ) as Record<TeamInteractionMode, number>;

  return (
    <>
      <Box mb={2}>
        <ModeFilter selected={modes} counts={counts} onChange={setModes} />
      </Box>
      {shown.length === 0 ? (
        <Typography>{t('teamInteractions.noMatch')}</Typography>
      ) : (
        <>
          <Box mb={3}>
            <InfoCard
              title={t('teamInteractions.graphTitle')}
              subheader={t('teamInteractions.graphDescription')}
            >
              <TeamInteractionGraph graph={graph} />
            </InfoCard>
          </Box>
          <TeamInteractionsTable interactions={shown} titles={titles} />
        </>
      )}
    </>
  );
}
