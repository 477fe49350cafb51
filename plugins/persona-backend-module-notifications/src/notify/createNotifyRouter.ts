import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import express from 'express';
import Router from 'express-promise-router';
import { notifyHolders, NotifyHoldersDeps } from './notifyHolders';
import { parseNotifyRequest } from './parseNotifyRequest';

/**
 * The route of this module in the persona plugin's router:
 * `POST /v1/notify/by-name/persona/:namespace/:name`, answering
 * `{ recipients }`. Errors are thrown as `@backstage/errors` and answered by
 * the plugin's error handler (400, 401, 403, 404).
 */
export function createNotifyRouter(
  deps: NotifyHoldersDeps & { httpAuth: HttpAuthService },
) {
  const router = Router();
  router.post(
    '/v1/notify/by-name/persona/:namespace/:name',
    // parsed here only: the plugin's own routes keep their own body limits
    express.json({ limit: '64kb' }),
    async (req, res) => {
      const credentials = await deps.httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const request = parseNotifyRequest(req.body);
      const personaRef = stringifyEntityRef({
        kind: 'persona',
        namespace: req.params.namespace,
        name: req.params.name,
      });
      res.json(await notifyHolders(deps, { personaRef, request, credentials }));
    },
  );
  return router;
}
