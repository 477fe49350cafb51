import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
import { CallerAccess } from './CallerAccess';
import { InProcessReadDecisions } from '../permissions/InProcessReadDecisions';
import { personaConfigServiceRef } from './personaConfigServiceRef';
import { personaIndexServiceRef } from './personaIndexServiceRef';

/**
 * One {@link CallerAccess} for the view and the coverage service of a
 * plugin. Internal: what a caller may read is the catalog's decision, not
 * something to replace.
 */
export const callerAccessServiceRef = createServiceRef<CallerAccess>({
  id: 'persona.caller-access',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        catalog: catalogServiceRef,
        permissions: coreServices.permissions,
        cache: coreServices.cache,
        logger: coreServices.logger,
        config: personaConfigServiceRef,
        index: personaIndexServiceRef,
      },
      factory: ({ catalog, permissions, cache, logger, config, index }) =>
        new CallerAccess({
          catalog,
          permissions,
          timeoutMs: config.catalogTimeoutMs,
          cache,
          // A change the index does not read is then no later than any other.
          keepForSeconds: durationToMilliseconds(config.refreshInterval) / 1000,
          logger,
          keepDecisionsForMs: config.keepDecisionsForMs,
          inProcess: config.evaluatePermissionsInProcess
            ? new InProcessReadDecisions({
                holdFields: index.holdFields?.bind(index),
                logger,
              })
            : undefined,
        }),
    }),
});
