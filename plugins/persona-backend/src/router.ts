import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError, isError } from '@backstage/errors';
import { PERSONA_VIEW_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import { validatePersonaText } from '@platform-personas/backstage-plugin-persona-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { PersonaCoverageService } from './service/PersonaCoverageService';
import { PersonaViewService } from './service/PersonaViewService';

/** How long a client waits before asking again after a 503. */
const RETRY_AFTER_SECONDS = 2;

const VIEW_KINDS = Object.values(PERSONA_VIEW_KINDS).flat();
const NAMESPACE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME = /^(?:[A-Za-z0-9]+[-_.])*[A-Za-z0-9]+$/;

/** The path parameters of `GET /v1/views/by-name/{kind}/{namespace}/{name}`, as openapi.yaml documents them. */
const viewParams = z.object({
  kind: z
    .string()
    .transform(kind => kind.toLocaleLowerCase('en-US'))
    .pipe(
      z.enum(VIEW_KINDS, { error: `must be one of ${VIEW_KINDS.join(', ')}` }),
    ),
  namespace: z
    .string()
    .max(63)
    .regex(NAMESPACE, 'must be a lowercase DNS label such as "default"'),
  name: z.string().max(63).regex(NAME, 'must be an entity name'),
});

/** The query of `GET /v1/coverage`, as openapi.yaml documents it. */
const coverageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  framework: z.string().min(1).max(200).optional(),
  type: z.string().min(1).max(200).optional(),
});

/** The body of `POST /v1/validate`, as openapi.yaml documents it. */
const validateBody = z.object({
  content: z.string({ error: 'must be a string of YAML or JSON' }),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      issue => `${issue.path.join('.') || '<root>'} ${issue.message}`,
    );
    throw new InputError(`Invalid request: ${problems.join('; ')}`);
  }
  return result.data;
}

/**
 * The routes of the persona backend, under `/api/persona`.
 *
 * @public
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  viewService: PersonaViewService;
  coverageService: PersonaCoverageService;
}): Promise<express.Router> {
  const { httpAuth, viewService, coverageService } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/v1/views/by-name/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { kind, namespace, name } = parse(viewParams, req.params);
    const body = await viewService.getViewBody(
      `${kind}:${namespace}/${name}`,
      credentials,
    );
    res.type('json').vary('Accept-Encoding');
    if (body.gzipped && req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(body.gzipped());
    } else {
      res.send(body.json);
    }
  });

  router.get('/v1/coverage', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parse(coverageQuery, req.query);
    res.json(await coverageService.getCoverage(query, credentials));
  });

  router.post('/v1/validate', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { content } = parse(validateBody, req.body);
    const result = validatePersonaText(content);
    res.json({ valid: result.problems.length === 0, ...result });
  });

  // Backstage's error handler writes the 503 body; clients also need to know when to ask again.
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
  router.use(tellWhenToRetry);

  return router;
}
