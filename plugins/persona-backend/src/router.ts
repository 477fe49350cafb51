import { HttpAuthService } from '@backstage/backend-plugin-api';
import { isError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { createOpenApiRouter } from './schema/openapi/generated/router';
import {
  PersonaCoverageQuery,
  PersonaCoverageService,
} from './service/personaCoverageServiceRef';
import { PersonaInteractionsService } from './service/personaInteractionsServiceRef';
import { PersonaValidateService } from './service/personaValidateServiceRef';
import { PersonaViewService } from './service/personaViewServiceRef';

/** How long a client waits before asking again after a 503. */
const RETRY_AFTER_SECONDS = 2;

const VIEW_KIND = /^(\/v1\/(?:views|team-api)\/by-name\/)([^/?]+)/;

/**
 * openapi.yaml lists the kinds in lowercase and calls them case-insensitive,
 * as entity refs are; lowercasing the kind before validation lets `User`
 * through as `user` without weakening the enum every client is generated
 * from.
 */
const acceptKindInAnyCase: express.RequestHandler = (req, _res, next) => {
  req.url = req.url.replace(
    VIEW_KIND,
    (_match, path: string, kind: string) =>
      path + kind.toLocaleLowerCase('en-US'),
  );
  next();
};

/** Backstage's error handler writes the 503 body; clients also need to know when to ask again. */
const tellWhenToRetry: express.ErrorRequestHandler = (
  error,
  _req,
  res,
  next,
) => {
  if (isError(error) && error.name === 'ServiceUnavailableError') {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  next(error);
};

/**
 * The routes of the persona backend, under `/api/persona`, validated against
 * `src/schema/openapi.yaml`: a request that does not match it is a 400
 * `InputError` naming the parameter before any handler runs.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  viewService: PersonaViewService;
  coverageService: PersonaCoverageService;
  validateService: PersonaValidateService;
  interactionsService: PersonaInteractionsService;
}): Promise<express.Router> {
  const {
    httpAuth,
    viewService,
    coverageService,
    validateService,
    interactionsService,
  } = options;
  const router = Router();
  // Parsed here, not in the validated router: that router turns every error
  // met before its routes into a 400, and an oversized body must stay a 413.
  router.use(express.json({ limit: '1mb' }));
  router.use(acceptKindInAnyCase);

  const api = await createOpenApiRouter({
    validatorOptions: {
      // As before the schema drove the router: a parameter this version does
      // not know (sent by a newer client, say) is ignored, not refused.
      validateRequests: {
        coerceTypes: false,
        allowUnknownQueryParameters: true,
      },
    },
  });

  api.get('/v1/views/by-name/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { kind, namespace, name } = req.params;
    const { limit, subTeamLimit } = req.query;
    const body = await viewService.getViewBody(
      `${kind}:${namespace}/${name}`,
      credentials,
      limit === undefined
        ? undefined
        : {
            limit: Number(limit),
            ...(subTeamLimit !== undefined && {
              subTeamLimit: Number(subTeamLimit),
            }),
          },
    );
    // The body is JSON text serialised once for every caller who may read
    // it all, so it is sent as text, not as the object the typed send wants.
    const raw: express.Response = res;
    raw.type('json').vary('Accept-Encoding');
    if (body.gzipped && req.acceptsEncodings('gzip') === 'gzip') {
      raw.setHeader('Content-Encoding', 'gzip');
      raw.send(body.gzipped());
    } else {
      raw.send(body.json);
    }
  });

  api.get('/v1/views/by-name/:kind/:namespace/:name/list', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (!viewService.getViewListPage) {
      throw new NotFoundError('This persona view service pages no lists');
    }
    const { kind, namespace, name } = req.params;
    const { list, offset, limit, subTeamLimit } = req.query;
    res.json(
      await viewService.getViewListPage(
        `${kind}:${namespace}/${name}`,
        {
          list,
          offset: Number(offset ?? 0),
          limit: Number(limit ?? 50),
          ...(subTeamLimit !== undefined && {
            subTeamLimit: Number(subTeamLimit),
          }),
        },
        credentials,
      ),
    );
  });

  api.get('/v1/coverage', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // The validator has filled in the defaults of openapi.yaml; the types of
    // the query do not know that.
    const { offset, limit, framework, type } =
      req.query as PersonaCoverageQuery;
    res.json(
      await coverageService.getCoverage(
        { offset, limit, framework, type },
        credentials,
      ),
    );
  });

  api.post('/v1/validate', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // refs are looked up with the caller's credentials: "unknown" for what
    // the caller may not see, as for what does not exist
    res.json(await validateService.validate(req.body.content, credentials));
  });

  api.get('/v1/interactions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { group } = req.query;
    res.json(await interactionsService.getInteractions({ group }, credentials));
  });

  api.get('/v1/team-api/by-name/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { kind, namespace, name } = req.params;
    const ref = `${kind}:${namespace}/${name}`;
    if (req.query.format === 'markdown') {
      const markdown = await interactionsService.getTeamApiMarkdown(
        ref,
        credentials,
      );
      // The typed send only knows the JSON answer of this path.
      const raw: express.Response = res;
      raw.type('text/markdown; charset=utf-8').send(markdown);
      return;
    }
    res.json(await interactionsService.getTeamApi(ref, credentials));
  });

  api.get('/v1/facts/components', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // One `entityRef` arrives as a string, several as an array.
    const entityRefs = [req.query.entityRef ?? []].flat() as string[];
    res.json(
      await interactionsService.getComponentFacts({ entityRefs }, credentials),
    );
  });

  router.use(api);
  router.use(tellWhenToRetry);
  return router;
}
