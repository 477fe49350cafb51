import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { BackendFeature } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { actorForwardingAuthFactory } from './actorForwardingAuth';
import { exampleCatalogConfig } from './exampleCatalogConfig';

type ConfigObject = Record<string, unknown>;

/**
 * The features of a test backend that serves the example catalog under a
 * permission policy, as the example portal does: the real scheduler,
 * actor-forwarding auth, HTTP auth that lets nobody in without a token, the
 * catalog with the example portal's catalog config (plus `catalogFiles`),
 * the permission backend enabled with `policy`, then `features` (the
 * plugins and modules under test, a database factory, probes).
 *
 * `config` is merged into the root config; its `catalog` into the example
 * catalog config, so that a test only states what it changes.
 */
export function permissionedCatalogFeatures(options: {
  policy: BackendFeature;
  features: BackendFeature[];
  catalogFiles?: string[];
  config?: ConfigObject & { catalog?: ConfigObject };
}): BackendFeature[] {
  const { catalog, ...config } = options.config ?? {};
  return [
    schedulerServiceFactory,
    actorForwardingAuthFactory,
    mockServices.httpAuth.factory({
      defaultCredentials: mockCredentials.none(),
    }),
    catalogPlugin,
    permissionPlugin,
    options.policy,
    ...options.features,
    mockServices.rootConfig.factory({
      data: {
        ...config,
        catalog: { ...exampleCatalogConfig(options.catalogFiles), ...catalog },
        permission: { enabled: true },
      },
    }),
  ];
}
