import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { isPersonaHolder } from './permissions';
import { PersonaEntitiesProcessor } from './processor';

/**
 * Adds the Persona kind to the catalog: validation against its JSON Schema,
 * the relations of each Persona (those of its selectors' matches too, read
 * from the catalog with the module's own service credentials), and the
 * `isPersonaHolder` permission rule.
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
      },
      async init({
        catalog,
        permissionsRegistry,
        catalogService,
        auth,
        logger,
      }) {
        catalog.addProcessor(
          new PersonaEntitiesProcessor({
            catalog: catalogService,
            auth,
            logger,
          }),
        );
        permissionsRegistry.addPermissionRules([isPersonaHolder]);
      },
    });
  },
});
