import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { createRouter } from './router';
import { personaCoverageServiceRef } from './service/personaCoverageServiceRef';
import { personaValidateServiceRef } from './service/personaValidateServiceRef';
import { personaViewServiceRef } from './service/personaViewServiceRef';

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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        viewService: personaViewServiceRef,
        coverageService: personaCoverageServiceRef,
        validateService: personaValidateServiceRef,
      },
      async init({
        httpAuth,
        httpRouter,
        viewService,
        coverageService,
        validateService,
      }) {
        httpRouter.use(
          await createRouter({
            httpAuth,
            viewService,
            coverageService,
            validateService,
          }),
        );
      },
    });
  },
});
