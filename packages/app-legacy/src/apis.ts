import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import {
  AnyApiFactory,
  configApiRef,
  createApiFactory,
} from '@backstage/core-plugin-api';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  catalogApiRef,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import {
  personaCatalogGraphApiFactory,
  PersonaIcon,
} from '@platform-personas/backstage-plugin-persona';

export const apis: AnyApiFactory[] = [
  // The About card of entity pages reads the SCM integrations for its links
  createApiFactory({
    api: scmIntegrationsApiRef,
    deps: { configApi: configApiRef },
    factory: ({ configApi }) => ScmIntegrationsApi.fromConfig(configApi),
  }),
  // Overrides the catalog graph's API so that Persona relations are edges
  personaCatalogGraphApiFactory,
  // The catalog's entity presentation plus the Persona icon: the catalog
  // graph draws a node's icon from its kindIcons, not from the app's icons
  createApiFactory({
    api: entityPresentationApiRef,
    deps: { catalogApi: catalogApiRef },
    factory: ({ catalogApi }) =>
      DefaultEntityPresentationApi.create({
        catalogApi,
        kindIcons: { persona: PersonaIcon },
      }),
  }),
];
