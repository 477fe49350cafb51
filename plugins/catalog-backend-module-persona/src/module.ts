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
import { ChangeHintPublisher } from './processor/ChangeHintPublisher';

/**
 * Adds the Persona kind to the catalog: validation against its JSON Schema,
 * the relations of each Persona (those of its selectors' matches too, read
 * from the catalog with the module's own service credentials), and the
 * `isPersonaHolder` permission rule; and names the entities whose processed
 * form changed on `PERSONA_CATALOG_CHANGES_TOPIC` of the events service, for
 * the persona backend to follow the catalog within seconds, with a heartbeat
 * every minute by which it knows that the hints reach it.
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
        lifecycle: coreServices.lifecycle,
        events: eventsServiceRef,
      },
      async init({
        catalog,
        permissionsRegistry,
        catalogService,
        auth,
        logger,
        lifecycle,
        events,
      }) {
        const publisher = new ChangeHintPublisher({ events, logger });
        const changeHints = new CatalogChangeHintsProcessor({ publisher });
        catalog.addProcessor(
          new PersonaEntitiesProcessor({
            catalog: catalogService,
            auth,
            logger,
            onMatchesChanged: ref => changeHints.nameChanged(ref),
          }),
        );
        catalog.addProcessor(changeHints);
        lifecycle.addStartupHook(() => publisher.start());
        lifecycle.addShutdownHook(async () => {
          await changeHints.flush();
          await publisher.stop();
        });
        permissionsRegistry.addPermissionRules([isPersonaHolder]);
      },
    });
  },
});
