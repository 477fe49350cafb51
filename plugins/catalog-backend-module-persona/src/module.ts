import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { isPersonaHolder } from './permissions';
import { PersonaEntitiesProcessor } from './processor';
import { CatalogChangeHintsProcessor } from './processor/CatalogChangeHintsProcessor';

/**
 * Adds the Persona kind to the catalog: validation against its JSON Schema,
 * the relations of each Persona (those of its selectors' matches too, read
 * from the catalog with the module's own service credentials), and the
 * `isPersonaHolder` permission rule; and names the entities whose processed
 * form changed on `PERSONA_CATALOG_CHANGES_TOPIC` of the events service, for
 * the persona backend to follow the catalog within seconds.
 *
 * @public
 */
export const catalogModulePersonaEntityModel = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'persona-entity-model',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalogService: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
        events: eventsServiceRef,
      },
      async init({
        catalog,
        permissionsRegistry,
        catalogService,
        auth,
        logger,
        events,
      }) {
        catalog.addProcessor(
          new PersonaEntitiesProcessor({
            catalog: catalogService,
            auth,
            logger,
          }),
        );
        catalog.addProcessor(
          new CatalogChangeHintsProcessor({ events, logger }),
        );
        permissionsRegistry.addPermissionRules([isPersonaHolder]);
      },
    });
  },
});
