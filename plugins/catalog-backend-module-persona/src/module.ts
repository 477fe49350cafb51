import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { isPersonaHolder } from './permissions';
import { PersonaEntitiesProcessor } from './processor';

/**
 * Adds the Persona kind to the catalog: validation against its JSON Schema,
 * the relations of each Persona, and the `isPersonaHolder` permission rule.
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
      },
      async init({ catalog, permissionsRegistry }) {
        catalog.addProcessor(new PersonaEntitiesProcessor());
        permissionsRegistry.addPermissionRules([isPersonaHolder]);
      },
    });
  },
});
