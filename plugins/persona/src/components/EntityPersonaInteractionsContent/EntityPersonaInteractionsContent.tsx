import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { personaApiRef } from '../../api';
import { personaTranslationRef } from '../../translation';
import { groupByMode } from '../InteractionModes';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { InteractionModeCard } from './InteractionModeCard';
import { TeamTypeHeader } from './TeamTypeHeader';

/**
 * Props of {@link EntityPersonaInteractionsContent}.
 *
 * @public
 */
export type EntityPersonaInteractionsContentProps = {
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The Interactions tab of a Group page: the team's Team Topologies type
 * (from its annotation, or inferred from its personas), and its interactions
 * with other teams grouped by mode — X-as-a-Service, Facilitating,
 * Collaboration — each with its direction in words, the other team, and the
 * components and personas that imply it; with the team's Team API to
 * download as Markdown or JSON.
 *
 * @public
 */
export function EntityPersonaInteractionsContent(
  props: EntityPersonaInteractionsContentProps,
) {
  const { entity } = useEntity();
  const personaApi = useApi(personaApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const name = entity.metadata.title ?? entity.metadata.name;
  const { loading, error, value, retry } = useAsyncRetry(
    () => personaApi.getInteractions({ group: entityRef }),
    [personaApi, entityRef],
  );

  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <RetryableErrorPanel
        error={error ?? new Error('No answer')}
        title={t('interactions.errorTitle', { name })}
        onRetry={retry}
      />
    );
  }

  const team = value.teams.find(candidate => candidate.ref === entityRef);
  const mine = value.interactions.filter(
    i => i.from === entityRef || i.to === entityRef,
  );
  const teamTitles: Record<string, string> = { ...value.titles };
  for (const other of value.teams) {
    if (other.title) teamTitles[other.ref] = other.title;
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <TeamTypeHeader team={team} name={name} entityRef={entityRef} />
      </Grid>
      {mine.length === 0 ? (
        <Grid item xs={12}>
          <PersonaEmptyState
            title={t('interactions.emptyTitle', { name })}
            description={t('interactions.emptyDescription', { name })}
            docsUrl={props.docsUrl}
            showExample={false}
          />
        </Grid>
      ) : (
        groupByMode(mine).map(group => (
          <Grid item xs={12} key={group.mode}>
            <InteractionModeCard
              mode={group.mode}
              interactions={group.interactions}
              teamRef={entityRef}
              titles={teamTitles}
            />
          </Grid>
        ))
      )}
    </Grid>
  );
}
