import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { PersonaCollatorFactory } from './collators';
import { readPersonaCollatorSchedule } from './config';

/**
 * Adds the `persona` document type to search: one document per Persona of
 * the catalog, collated on the schedule of `search.collators.persona.schedule`
 * (every 10 minutes unless told) and shown only to those who may read the
 * Persona in the catalog.
 *
 * @public
 */
export const searchModulePersonaCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'persona-collator',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
        catalog: catalogServiceRef,
      },
      async init({ auth, config, scheduler, indexRegistry, catalog }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readPersonaCollatorSchedule(config),
          ),
          factory: new PersonaCollatorFactory({ auth, catalog }),
        });
      },
    });
  },
});
