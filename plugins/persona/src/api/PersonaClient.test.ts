import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import {
  coverageResponse,
  platformAdminsView,
} from '../__testUtils__/fixtures';
import { PersonaClient } from './PersonaClient';

const baseUrl = 'http://localhost:7007/api/persona/v1';

describe('PersonaClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new PersonaClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: new MockFetchApi(),
  });

  function notFound(message: string) {
    return rest.get(
      `${baseUrl}/views/by-name/:kind/:namespace/:name`,
      (_, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json({
            error: { name: 'NotFoundError', message },
            request: {
              method: 'GET',
              url: '/v1/views/by-name/group/default/nobody',
            },
            response: { statusCode: 404 },
          }),
        ),
    );
  }

  describe('getView', () => {
    it('asks for the view by lowercase kind, namespace and name', async () => {
      const seen: string[] = [];
      server.use(
        rest.get(
          `${baseUrl}/views/by-name/:kind/:namespace/:name`,
          (req, res, ctx) => {
            seen.push(req.url.pathname);
            return res(ctx.json(platformAdminsView));
          },
        ),
      );

      const view = await client.getView('Group:default/platform-admins');

      expect(seen).toEqual([
        '/api/persona/v1/views/by-name/group/default/platform-admins',
      ]);
      expect(view).toEqual(platformAdminsView);
    });

    it('accepts a compound ref', async () => {
      server.use(
        rest.get(
          `${baseUrl}/views/by-name/resource/default/anthos-prod-eu`,
          (_, res, ctx) => res(ctx.json({ type: 'component' })),
        ),
      );
      await expect(
        client.getView({
          kind: 'Resource',
          namespace: 'default',
          name: 'anthos-prod-eu',
        }),
      ).resolves.toEqual({ type: 'component' });
    });

    it('turns a 404 into a ResponseError with the backend message', async () => {
      server.use(notFound('No entity named group:default/nobody'));

      const error = await client.getView('group:default/nobody').catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(404);
      expect(error.cause.message).toBe('No entity named group:default/nobody');
    });

    /** Answers 503 `failures` times, then the view; counts the requests. */
    function unavailableThenView(failures: number, retryAfter?: string) {
      const seen = { requests: 0 };
      server.use(
        rest.get(
          `${baseUrl}/views/by-name/:kind/:namespace/:name`,
          (_, res, ctx) => {
            seen.requests += 1;
            if (seen.requests > failures) {
              return res(ctx.json(platformAdminsView));
            }
            return res(
              ctx.status(503),
              ...(retryAfter ? [ctx.set('Retry-After', retryAfter)] : []),
              ctx.json({
                error: {
                  name: 'ServiceUnavailableError',
                  message: 'The catalog did not answer; the index is 95 s old',
                },
                response: { statusCode: 503 },
              }),
            );
          },
        ),
      );
      return seen;
    }

    const retryingClient = (retryDelaysMs: number[]) =>
      new PersonaClient({
        discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
        fetchApi: new MockFetchApi(),
        retryDelaysMs,
      });

    it('asks again after a 503 and answers the view once the backend is ready', async () => {
      const seen = unavailableThenView(2);
      const view = await retryingClient([1, 1, 1]).getView(
        'group:default/platform-admins',
      );
      expect(view).toEqual(platformAdminsView);
      expect(seen.requests).toBe(3);
    });

    it('turns a 503 into a ResponseError once every attempt got one', async () => {
      const seen = unavailableThenView(Infinity);
      const error = await retryingClient([1, 1, 1])
        .getView('group:default/platform-team')
        .catch(e => e);

      expect(seen.requests).toBe(4);
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(503);
      expect(error.cause.name).toBe('ServiceUnavailableError');
      expect(error.cause.message).toContain('the index is 95 s old');
    });

    it('waits as long as Retry-After asks when that is longer than its own delay', async () => {
      unavailableThenView(1, '1');
      const started = Date.now();
      await retryingClient([1]).getView('group:default/platform-admins');
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    });

    it('does not ask again after a 404', async () => {
      const seen = { requests: 0 };
      server.use(
        rest.get(
          `${baseUrl}/views/by-name/:kind/:namespace/:name`,
          (_, res, ctx) => {
            seen.requests += 1;
            return res(
              ctx.status(404),
              ctx.json({ error: { name: 'NotFoundError', message: 'x' } }),
            );
          },
        ),
      );
      await expect(
        retryingClient([1, 1, 1]).getView('group:default/nobody'),
      ).rejects.toBeInstanceOf(ResponseError);
      expect(seen.requests).toBe(1);
    });

    it('turns a non-JSON 500 into a ResponseError', async () => {
      server.use(
        rest.get(
          `${baseUrl}/views/by-name/:kind/:namespace/:name`,
          (_, res, ctx) => res(ctx.status(500), ctx.text('upstream exploded')),
        ),
      );

      const error = await client
        .getView('group:default/platform-team')
        .catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(500);
      expect(error.cause.message).toContain('upstream exploded');
    });

    it('lets a network error through', async () => {
      server.use(
        rest.get(`${baseUrl}/views/by-name/:kind/:namespace/:name`, (_, res) =>
          res.networkError('connection refused'),
        ),
      );

      await expect(
        client.getView('group:default/platform-team'),
      ).rejects.toThrow();
    });
  });

  describe('getView with a limit', () => {
    it('sends the limit as a query parameter', async () => {
      const seen: string[] = [];
      server.use(
        rest.get(
          `${baseUrl}/views/by-name/:kind/:namespace/:name`,
          (req, res, ctx) => {
            seen.push(req.url.search);
            return res(ctx.json(platformAdminsView));
          },
        ),
      );

      await client.getView('group:default/platform-admins', { limit: 50 });
      await client.getView('group:default/platform-admins');
      await client.getView('group:default/platform-admins', {
        limit: 50,
        subTeamLimit: 0,
      });

      // a sub-team limit of 0 is sent: it asks for the totals only
      expect(seen).toEqual(['?limit=50', '', '?limit=50&subTeamLimit=0']);
    });
  });

  describe('getViewList', () => {
    const listPath = `${baseUrl}/views/by-name/:kind/:namespace/:name/list`;
    const page = {
      items: [{ group: 'group:default/team-51', levels: 1, personas: [] }],
      total: 120,
      offset: 50,
      limit: 50,
      list: '/subTeams',
      titles: { 'group:default/team-51': 'Team 51' },
      meta: platformAdminsView.meta,
    };

    it('asks for one page of a list by its encoded pointer', async () => {
      const seen: Array<{ path: string; search: string; list: string | null }> =
        [];
      server.use(
        rest.get(listPath, (req, res, ctx) => {
          seen.push({
            path: req.url.pathname,
            search: req.url.search,
            list: req.url.searchParams.get('list'),
          });
          return res(ctx.json(page));
        }),
      );

      const answer = await client.getViewList('Group:default/platform-admins', {
        list: '/personas/0/components/builds',
        offset: 50,
        limit: 50,
      });

      expect(seen).toEqual([
        {
          path: '/api/persona/v1/views/by-name/group/default/platform-admins/list',
          search:
            '?list=%2Fpersonas%2F0%2Fcomponents%2Fbuilds&offset=50&limit=50',
          list: '/personas/0/components/builds',
        },
      ]);
      expect(answer).toEqual(page);
    });

    it('leaves out offset, limit and subTeamLimit when not given, and sends 0', async () => {
      let search = '';
      server.use(
        rest.get(listPath, (req, res, ctx) => {
          search = req.url.search;
          return res(ctx.json(page));
        }),
      );
      await client.getViewList('group:default/platform-admins', {
        list: '/subTeams',
      });
      expect(search).toBe('?list=%2FsubTeams');
      await client.getViewList('group:default/platform-admins', {
        list: '/subTeams',
        offset: 50,
        subTeamLimit: 0,
      });
      expect(search).toBe('?list=%2FsubTeams&offset=50&subTeamLimit=0');
    });

    it('turns a 404 for a pointer that names no list into a ResponseError', async () => {
      server.use(
        rest.get(listPath, (_, res, ctx) =>
          res(
            ctx.status(404),
            ctx.json({
              error: { name: 'NotFoundError', message: 'No list at /nothing' },
              response: { statusCode: 404 },
            }),
          ),
        ),
      );

      const error = await client
        .getViewList('group:default/platform-admins', { list: '/nothing' })
        .catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(404);
      expect(error.cause.message).toBe('No list at /nothing');
    });

    it('asks again after a 503, as getView does', async () => {
      let requests = 0;
      server.use(
        rest.get(listPath, (_, res, ctx) => {
          requests += 1;
          return requests === 1
            ? res(ctx.status(503), ctx.json({ error: { name: 'x' } }))
            : res(ctx.json(page));
        }),
      );
      const retrying = new PersonaClient({
        discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
        fetchApi: new MockFetchApi(),
        retryDelaysMs: [1],
      });

      await expect(
        retrying.getViewList('group:default/platform-admins', {
          list: '/subTeams',
        }),
      ).resolves.toEqual(page);
      expect(requests).toBe(2);
    });
  });

  describe('getCoverage', () => {
    it('sends paging and filters as query parameters', async () => {
      let query: Record<string, string> = {};
      server.use(
        rest.get(`${baseUrl}/coverage`, (req, res, ctx) => {
          query = Object.fromEntries(req.url.searchParams);
          return res(ctx.json(coverageResponse));
        }),
      );

      const coverage = await client.getCoverage({
        offset: 25,
        limit: 25,
        framework: 'anthos',
        type: 'builder',
      });

      expect(query).toEqual({
        offset: '25',
        limit: '25',
        framework: 'anthos',
        type: 'builder',
      });
      expect(coverage.teams.items[0].group).toBe('group:default/platform-team');
    });

    it('leaves out filters that are not set', async () => {
      let search = 'unset';
      server.use(
        rest.get(`${baseUrl}/coverage`, (req, res, ctx) => {
          search = req.url.search;
          return res(ctx.json(coverageResponse));
        }),
      );

      await client.getCoverage({ framework: '' });

      expect(search).toBe('');
    });

    it('turns a 400 into a ResponseError naming the field', async () => {
      server.use(
        rest.get(`${baseUrl}/coverage`, (_, res, ctx) =>
          res(
            ctx.status(400),
            ctx.json({
              error: {
                name: 'InputError',
                message: 'Invalid request: limit must be at most 500',
              },
              response: { statusCode: 400 },
            }),
          ),
        ),
      );

      const error = await client.getCoverage({ limit: 501 }).catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(400);
      expect(error.cause.message).toBe(
        'Invalid request: limit must be at most 500',
      );
    });
  });

  describe('validate', () => {
    it('posts the content and returns the problems', async () => {
      let body: unknown;
      server.use(
        rest.post(`${baseUrl}/validate`, async (req, res, ctx) => {
          body = await req.json();
          return res(
            ctx.json({
              valid: false,
              documents: 1,
              personas: 1,
              problems: [
                {
                  document: 0,
                  path: '/spec/owner',
                  message: "must have required property 'owner'",
                  line: 5,
                  column: 1,
                },
              ],
            }),
          );
        }),
      );

      const result = await client.validate('kind: Persona');

      expect(body).toEqual({ content: 'kind: Persona' });
      expect(result.valid).toBe(false);
      expect(result.problems[0].path).toBe('/spec/owner');
    });

    it('turns a 401 into a ResponseError', async () => {
      server.use(
        rest.post(`${baseUrl}/validate`, (_, res, ctx) =>
          res(
            ctx.status(401),
            ctx.json({
              error: {
                name: 'AuthenticationError',
                message: 'Missing credentials',
              },
              response: { statusCode: 401 },
            }),
          ),
        ),
      );

      await expect(client.validate('{}')).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: 401,
      });
    });
  });
});
