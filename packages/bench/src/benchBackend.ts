/*
 * The backend the benchmark measures: the real catalog (SQLite in memory),
 * the Persona catalog module and the persona backend, guest sign-in, and a
 * permission policy that ALLOWs services and gives users a CONDITIONAL
 * decision — so that both ways of filtering answers are measured. Counters
 * of the metrics service are kept and answered at /api/bench/metrics.
 */

import { createBackend } from '@backstage/backend-defaults';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  benchMetricsPlugin,
  recordingMetricsServiceFactory,
} from './recordingMetrics';

const benchPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'bench-policy',
  register(env) {
    env.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(query: PolicyQuery, user?: PolicyQueryUser) {
            if (
              user &&
              isPermission(query.permission, catalogEntityReadPermission)
            ) {
              // Users read everything but Templates: a condition the catalog
              // has to apply, as most real policies are.
              return createCatalogConditionalDecision(query.permission, {
                not: catalogConditions.isEntityKind({ kinds: ['Template'] }),
              });
            }
            return { result: AuthorizeResult.ALLOW };
          },
        });
      },
    });
  },
});

const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@platform-personas/backstage-plugin-catalog-backend-module-persona'),
);
backend.add(import('@platform-personas/backstage-plugin-persona-backend'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(benchPolicy);
backend.add(recordingMetricsServiceFactory);
backend.add(benchMetricsPlugin);
backend.start();
