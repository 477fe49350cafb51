import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { HolderPersonaView } from '@platform-personas/backstage-plugin-persona-common';
import { useState } from 'react';
import { personaTranslationRef } from '../../translation';
import { HeldPersonaCard } from '../HeldPersonaCard';
import { OwnedPersonasCard } from '../OwnedPersonasCard';
import { ResponsibilityMapCard } from '../ResponsibilityMap';
import { SubTeamHoldingsCard } from '../SubTeamHoldingsCard';
import { ViewTitlesProvider } from '../ViewTitles';

/**
 * The Personas tab once its view is there: the responsibility map first,
 * then what the Group's sub-teams hold and the personas it maintains, then a
 * card per persona held.
 */
export function HolderPersonaTab(props: {
  view: HolderPersonaView;
  name: string;
  kind: string;
}) {
  const { view, name, kind } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const subTeams = view.subTeams ?? [];
  const owned = view.ownedPersonas ?? [];
  // A group that holds nothing itself starts with what its sub-teams hold
  const [includeSubTeams, setIncludeSubTeams] = useState(
    view.personas.length === 0,
  );
  return (
    <ViewTitlesProvider titles={view.titles}>
      <Grid container spacing={3}>
        {view.personas.length === 0 && (
          <Grid item xs={12}>
            <Typography variant="body1">
              {t('entityContent.holdsNoneItself', { name })}
            </Typography>
          </Grid>
        )}
        {(view.personas.length > 0 || subTeams.length > 0) && (
          <Grid item xs={12}>
            <ResponsibilityMapCard
              view={view}
              name={name}
              includeSubTeams={includeSubTeams}
              onIncludeSubTeamsChange={setIncludeSubTeams}
            />
          </Grid>
        )}
        {subTeams.length > 0 && (
          <Grid item xs={12} md={owned.length ? 6 : 12}>
            <SubTeamHoldingsCard
              entityRef={view.entityRef}
              subTeams={subTeams}
              page={view.subTeamPage}
            />
          </Grid>
        )}
        {owned.length > 0 && (
          <Grid item xs={12} md={subTeams.length ? 6 : 12}>
            <OwnedPersonasCard personas={owned} name={name} kind={kind} />
          </Grid>
        )}
        {view.personas.map(held => (
          <Grid item xs={12} lg={6} key={held.persona.ref}>
            <HeldPersonaCard held={held} />
          </Grid>
        ))}
      </Grid>
    </ViewTitlesProvider>
  );
}
