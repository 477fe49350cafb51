import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import {
  AnyApiFactory,
  configApiRef,
  createApiFactory,
} from '@backstage/core-plugin-api';
import { personaCatalogGraphApiFactory } from '@platform-personas/backstage-plugin-persona';

export const apis: AnyApiFactory[] = [
  // The About card of entity pages reads the SCM integrations for its links
  createApiFactory({
    api: scmIntegrationsApiRef,
    deps: { configApi: configApiRef },
    factory: ({ configApi }) => ScmIntegrationsApi.fromConfig(configApi),
  }),
  // Overrides the catalog graph's API so that Persona relations are edges
  personaCatalogGraphApiFactory,
];
