import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createRouter } from './router';
import { CallerAccess } from './service/CallerAccess';
import { PersonaCoverageService } from './service/PersonaCoverageService';
import { PersonaIndex } from './service/PersonaIndex';
import { readPlatformComponentKinds } from './service/readPlatformComponentKinds';
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
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({
        auth,
        cache,
        httpAuth,
        httpRouter,
        permissions,
        logger,
        config,
        scheduler,
        catalog,
      }) {
        const catalogTimeoutMs =
          (config.getOptionalNumber('persona.catalogTimeoutSeconds') ?? 10) *
          1000;
        const index = new PersonaIndex({
          catalog,
          auth,
          logger,
          waitTimeoutMs: catalogTimeoutMs,
        });
        const refreshIntervalSeconds =
          config.getOptionalNumber('persona.index.refreshIntervalSeconds') ??
          30;
        await index.schedule(scheduler, refreshIntervalSeconds);
        const access = new CallerAccess({
          catalog,
          permissions,
          timeoutMs: catalogTimeoutMs,
          cache,
          keepForSeconds: refreshIntervalSeconds,
          logger,
        });
        const viewService = new PersonaViewService({
          index,
          access,
          catalog,
          catalogTimeoutMs,
          cache,
          logger,
        });
        const coverageService = new PersonaCoverageService({
          index,
          access,
          platformComponentKinds: readPlatformComponentKinds(config),
        });
        httpRouter.use(
          await createRouter({ httpAuth, viewService, coverageService }),
        );
      },
    });
  },
});
