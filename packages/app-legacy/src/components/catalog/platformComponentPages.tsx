import { Grid } from '@material-ui/core';
import {
  EntityAboutCard,
  EntityDependsOnComponentsCard,
  EntityDependsOnResourcesCard,
  EntityHasComponentsCard,
  EntityHasResourcesCard,
  EntityHasSubcomponentsCard,
  EntityLayout,
  EntityLinksCard,
} from '@backstage/plugin-catalog';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import {
  EntityPersonaComponentsCard,
  EntityPersonaScorecardCard,
} from '@platform-personas/backstage-plugin-persona';
import { ReactNode } from 'react';
import { entityWarningContent } from './EntityWarnings';

/**
 * The overview of a platform component (Component, Resource, System): About
 * and who builds, enables and consumes it side by side at the top, where
 * people look first; then the relations graph, links, and `extra`.
 */
const platformComponentOverview = (extra?: ReactNode) => (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    <Grid item md={6} xs={12}>
      <EntityAboutCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityPersonaComponentsCard />
    </Grid>
    <Grid item md={8} xs={12}>
      <EntityCatalogGraphCard height={400} />
    </Grid>
    <Grid item md={4} xs={12}>
      <EntityLinksCard />
    </Grid>
    {extra}
  </Grid>
);

/** The persona checks of tech insights, on Component and Resource pages. */
const scorecardCard = (
  <Grid item md={6} xs={12}>
    <EntityPersonaScorecardCard />
  </Grid>
);

const dependenciesContent = (
  <Grid container spacing={3} alignItems="stretch">
    <Grid item md={6} xs={12}>
      <EntityDependsOnComponentsCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityDependsOnResourcesCard />
    </Grid>
  </Grid>
);

export const componentPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {platformComponentOverview(
        <>
          {scorecardCard}
          <Grid item md={6} xs={12}>
            <EntityHasSubcomponentsCard />
          </Grid>
        </>,
      )}
    </EntityLayout.Route>
    <EntityLayout.Route path="/dependencies" title="Dependencies">
      {dependenciesContent}
    </EntityLayout.Route>
  </EntityLayout>
);

export const resourcePage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {platformComponentOverview(scorecardCard)}
    </EntityLayout.Route>
  </EntityLayout>
);

export const systemPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {platformComponentOverview(
        <>
          <Grid item md={6} xs={12}>
            <EntityHasComponentsCard />
          </Grid>
          <Grid item md={6} xs={12}>
            <EntityHasResourcesCard />
          </Grid>
        </>,
      )}
    </EntityLayout.Route>
  </EntityLayout>
);
