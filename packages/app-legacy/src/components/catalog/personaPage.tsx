import { Grid } from '@material-ui/core';
import { RELATION_OWNED_BY, RELATION_OWNER_OF } from '@backstage/catalog-model';
import { EntityLayout } from '@backstage/plugin-catalog';
import {
  Direction,
  EntityCatalogGraphCard,
} from '@backstage/plugin-catalog-graph';
import {
  EntityPersonaAboutCard,
  EntityPersonaHoldersCard,
  EntityPersonaModesCard,
  EntityPersonaResponsibilitiesCard,
} from '@platform-personas/backstage-plugin-persona';
import { PERSONA_RELATION_PAIRS } from '@platform-personas/backstage-plugin-persona-common';
import { entityWarningContent } from './EntityWarnings';

/** Holders, components (per mode) and owner of a Persona, both directions. */
const personaRelations = [
  ...PERSONA_RELATION_PAIRS.flat(),
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
];

export const personaPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        <Grid item md={6} xs={12}>
          <EntityPersonaAboutCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityPersonaResponsibilitiesCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityPersonaHoldersCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityCatalogGraphCard height={400} />
        </Grid>
        <Grid item xs={12}>
          <EntityPersonaModesCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
    <EntityLayout.Route path="/diagram" title="Diagram">
      <EntityCatalogGraphCard
        direction={Direction.LEFT_RIGHT}
        title="Persona diagram"
        height={700}
        relations={personaRelations}
        unidirectional={false}
      />
    </EntityLayout.Route>
  </EntityLayout>
);
