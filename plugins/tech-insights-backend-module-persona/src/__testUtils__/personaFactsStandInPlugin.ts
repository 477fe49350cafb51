import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';

/** What the stand-in answers, and who asked it. */
export type StandInState = {
  answer: { status: number; body: unknown };
  callers: string[];
};

/**
 * A tiny backend plugin under the persona plugin's id that serves
 * `GET /v1/facts/components` from `state`, to services only, as the persona
 * backend answers it: the fact retriever is tested against a real HTTP
 * route, discovered and authenticated as in a portal.
 */
export function personaFactsStandInPlugin(state: StandInState) {
  return createBackendPlugin({
    pluginId: 'persona',
    register(reg) {
      reg.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          // a bare handler: this package does not depend on express
          httpRouter.use((req, res, next) => {
            if (req.method !== 'GET' || req.path !== '/v1/facts/components') {
              next();
              return;
            }
            httpAuth
              .credentials(req, { allow: ['service'] })
              .then(credentials => {
                state.callers.push(credentials.principal.subject);
                res.status(state.answer.status).json(state.answer.body);
              })
              .catch(next);
          });
        },
      });
    },
  });
}
