import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createRouter } from './router';
import { PersonaIndex } from './service/PersonaIndex';
import { PersonaViewService } from './service/PersonaViewService';

/**
 * The persona backend plugin: persona views of Users, Groups, platform
 * components and Personas under `/api/persona/v1`, answered from a persona
 * graph index and filtered with each caller's credentials.
 *
 * @public
 */
export const personaPlugin = createBackendPlugin({
  pluginId: 'persona',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({
        auth,
        httpAuth,
        httpRouter,
        logger,
        config,
        scheduler,
        catalog,
      }) {
        const index = new PersonaIndex({ catalog, auth, logger });
        await index.schedule(
          scheduler,
          config.getOptionalNumber('persona.index.refreshIntervalSeconds') ??
            30,
        );
        const viewService = new PersonaViewService({ index, catalog });
        httpRouter.use(await createRouter({ httpAuth, viewService }));
      },
    });
  },
});
