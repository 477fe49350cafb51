import { Grid } from '@material-ui/core';
import { EntityLayout, EntityLinksCard } from '@backstage/plugin-catalog';
import {
  EntityGroupProfileCard,
  EntityMembersListCard,
  EntityOwnershipCard,
  EntityUserProfileCard,
} from '@backstage/plugin-org';
import {
  EntityPersonaContent,
  EntityPersonaInteractionsContent,
} from '@platform-personas/backstage-plugin-persona';
import { entityWarningContent } from './EntityWarnings';

/** The Personas tab of Groups and Users: the personas held, and how. */
const personasTab = (
  <EntityLayout.Route path="/personas" title="Personas">
    <EntityPersonaContent />
  </EntityLayout.Route>
);

/** The Interactions tab of Groups: the team's type and its Team Topologies interactions. */
const interactionsTab = (
  <EntityLayout.Route path="/interactions" title="Interactions">
    <EntityPersonaInteractionsContent />
  </EntityLayout.Route>
);

export const groupPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityGroupProfileCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityOwnershipCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityMembersListCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityLinksCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
    {personasTab}
    {interactionsTab}
  </EntityLayout>
);

export const userPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityUserProfileCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityOwnershipCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
    {personasTab}
  </EntityLayout>
);
