import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { registerPersonaActions } from './actions/registerPersonaActions';
import { createRouter } from './router';
import { personaCoverageServiceRef } from './service/personaCoverageServiceRef';
import { personaInteractionsServiceRef } from './service/personaInteractionsServiceRef';
import { personaValidateServiceRef } from './service/personaValidateServiceRef';
import { personaViewServiceRef } from './service/personaViewServiceRef';

/**
 * The persona backend plugin: persona views of Users, Groups, platform
 * components and Personas, team interactions, Team API documents and
 * platform component facts under `/api/persona/v1`, answered from a persona
 * graph index and filtered with each caller's credentials; and the same
 * questions as read-only actions in the actions registry, for AI assistants
 * (see the README: "Actions for AI assistants (MCP)").
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
        interactionsService: personaInteractionsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        catalog: catalogServiceRef,
      },
      async init({
        httpAuth,
        httpRouter,
        viewService,
        coverageService,
        validateService,
        interactionsService,
        actionsRegistry,
        catalog,
      }) {
        httpRouter.use(
          await createRouter({
            httpAuth,
            viewService,
            coverageService,
            validateService,
            interactionsService,
          }),
        );
        registerPersonaActions(actionsRegistry, {
          viewService,
          coverageService,
          validateService,
          catalog,
        });
      },
    });
  },
});
