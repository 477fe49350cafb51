import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { PersonaEntitiesProcessor } from './processor';

/**
 * Adds the Persona kind to the catalog: validation against its JSON Schema
 * and the relations of each Persona.
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
      },
      async init({ catalog }) {
        catalog.addProcessor(new PersonaEntitiesProcessor());
      },
    });
  },
});
