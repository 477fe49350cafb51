import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { createRouter } from './router';
import { PersonaCoverageService } from './service/personaCoverageServiceRef';
import { PersonaInteractionsService } from './service/personaInteractionsServiceRef';
import { PersonaValidateService } from './service/personaValidateServiceRef';
import { PersonaViewService } from './service/personaViewServiceRef';

describe('createRouter', () => {
  let app: express.Express;
  let viewService: jest.Mocked<PersonaViewService>;
  let coverageService: jest.Mocked<PersonaCoverageService>;
  let validateService: jest.Mocked<PersonaValidateService>;
  let interactionsService: jest.Mocked<PersonaInteractionsService>;

  beforeEach(async () => {
    viewService = { getViewBody: jest.fn(), getViewListPage: jest.fn() };
    coverageService = { getCoverage: jest.fn() };
    validateService = { validate: jest.fn() };
    interactionsService = {
      getInteractions: jest.fn(),
      getTeamApi: jest.fn(),
      getTeamApiMarkdown: jest.fn(),
      getComponentFacts: jest.fn(),
    };
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      viewService,
      coverageService,
      validateService,
      interactionsService,
    });
    app = express().use(router).use(mockErrorHandler());
  });

  it('answers a view with the JSON text of the view service', async () => {
    viewService.getViewBody.mockResolvedValue({ json: '{"type":"holder"}' });
    const res = await request(app).get('/v1/views/by-name/User/default/jane');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ type: 'holder' });
    // Kinds are case-insensitive, as in entity refs.
    expect(viewService.getViewBody).toHaveBeenCalledWith(
      'user:default/jane',
      mockCredentials.user(),
      undefined,
    );
  });

  it('passes a view limit as a number and refuses one out of range', async () => {
    viewService.getViewBody.mockResolvedValue({ json: '{}' });
    const res = await request(app).get(
      '/v1/views/by-name/group/default/team?limit=20',
    );
    expect(res.status).toBe(200);
    expect(viewService.getViewBody).toHaveBeenCalledWith(
      'group:default/team',
      mockCredentials.user(),
      { limit: 20 },
    );
    const tooMany = await request(app).get(
      '/v1/views/by-name/group/default/team?limit=501',
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/limit/);
  });

  it('passes a sub-team limit with the view limit, 0 included', async () => {
    viewService.getViewBody.mockResolvedValue({ json: '{}' });
    const res = await request(app).get(
      '/v1/views/by-name/group/default/team?limit=50&subTeamLimit=0',
    );
    expect(res.status).toBe(200);
    expect(viewService.getViewBody).toHaveBeenCalledWith(
      'group:default/team',
      mockCredentials.user(),
      { limit: 50, subTeamLimit: 0 },
    );
    const negative = await request(app).get(
      '/v1/views/by-name/group/default/team?limit=50&subTeamLimit=-1',
    );
    expect(negative.status).toBe(400);
    expect(negative.body.error.message).toMatch(/subTeamLimit/);
  });

  it('pages a list of a view, with the documented defaults', async () => {
    jest
      .mocked(viewService.getViewListPage!)
      .mockResolvedValue({ items: [] } as any);
    const res = await request(app).get(
      // a pointer is URL-encoded, as every client encodes a query value
      `/v1/views/by-name/Group/default/team/list?list=${encodeURIComponent(
        '/subTeams',
      )}`,
    );
    expect(res.status).toBe(200);
    expect(viewService.getViewListPage).toHaveBeenCalledWith(
      'group:default/team',
      { list: '/subTeams', offset: 0, limit: 50 },
      mockCredentials.user(),
    );
    await request(app).get(
      '/v1/views/by-name/group/default/team/list?list=%2FsubTeams&offset=50&limit=20&subTeamLimit=0',
    );
    expect(viewService.getViewListPage).toHaveBeenLastCalledWith(
      'group:default/team',
      { list: '/subTeams', offset: 50, limit: 20, subTeamLimit: 0 },
      mockCredentials.user(),
    );
    const missing = await request(app).get(
      '/v1/views/by-name/group/default/team/list',
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/list/);
  });

  it('passes the coverage query with the documented defaults', async () => {
    coverageService.getCoverage.mockResolvedValue({} as any);
    const first = await request(app).get('/v1/coverage');
    const second = await request(app).get(
      '/v1/coverage?offset=2&limit=5&framework=f&unknown=ignored',
    );
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(coverageService.getCoverage.mock.calls.map(c => c[0])).toEqual([
      { offset: 0, limit: 100 },
      { offset: 2, limit: 5, framework: 'f' },
    ]);
  });

  it.each([
    ['/v1/coverage?limit=0', /limit must be >= 1/],
    ['/v1/coverage?limit=501', /limit must be <= 500/],
    ['/v1/coverage?limit=ten', /limit must be integer/],
    ['/v1/coverage?offset=-1', /offset must be >= 0/],
    ['/v1/views/by-name/location/default/x', /kind must be equal to one of/],
    ['/v1/views/by-name/group/Not_A_Namespace/x', /namespace must match/],
    ['/v1/views/by-name/group/default/bad%20name!', /name must match/],
  ])('answers %s with a 400 naming the field', async (path, message) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
    expect(viewService.getViewBody).not.toHaveBeenCalled();
    expect(coverageService.getCoverage).not.toHaveBeenCalled();
  });

  it('answers interactions, of one group when asked', async () => {
    const answer = { teams: [], interactions: [], titles: {}, meta: {} };
    interactionsService.getInteractions.mockResolvedValue(answer as any);
    const all = await request(app).get('/v1/interactions');
    const one = await request(app).get(
      '/v1/interactions?group=group:default/payments-team',
    );
    // as URLSearchParams (the frontend client) encodes it
    const encoded = await request(app).get(
      '/v1/interactions?group=group%3Adefault%2Fpayments-team',
    );
    expect([all.status, one.status, encoded.status]).toEqual([200, 200, 200]);
    expect(one.body).toEqual(answer);
    expect(interactionsService.getInteractions.mock.calls).toEqual([
      [{ group: undefined }, mockCredentials.user()],
      [{ group: 'group:default/payments-team' }, mockCredentials.user()],
      [{ group: 'group:default/payments-team' }, mockCredentials.user()],
    ]);
  });

  it('answers the Team API of a group as JSON, and as Markdown when asked', async () => {
    interactionsService.getTeamApi.mockResolvedValue({ team: {} } as any);
    interactionsService.getTeamApiMarkdown.mockResolvedValue('# Payments\n');
    const json = await request(app).get(
      '/v1/team-api/by-name/Group/default/payments-team',
    );
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ team: {} });
    expect(interactionsService.getTeamApi).toHaveBeenCalledWith(
      'group:default/payments-team',
      mockCredentials.user(),
    );
    const markdown = await request(app).get(
      '/v1/team-api/by-name/group/default/payments-team?format=markdown',
    );
    expect(markdown.status).toBe(200);
    expect(markdown.headers['content-type']).toBe(
      'text/markdown; charset=utf-8',
    );
    expect(markdown.text).toBe('# Payments\n');
  });

  it('answers the Team API of anything but a group with a 400', async () => {
    const res = await request(app).get(
      '/v1/team-api/by-name/component/default/payments',
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/kind must be equal to one of/),
    });
    expect(interactionsService.getTeamApi).not.toHaveBeenCalled();
  });

  it('answers the Team API of an unknown group with a 404', async () => {
    interactionsService.getTeamApi.mockRejectedValue(
      new NotFoundError('No group group:default/nobody'),
    );
    const res = await request(app).get(
      '/v1/team-api/by-name/group/default/nobody',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('answers 400 for an unknown Team API format', async () => {
    const res = await request(app).get(
      '/v1/team-api/by-name/group/default/payments-team?format=pdf',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/format/);
  });

  it('passes one or several entityRef of a facts request as a list', async () => {
    interactionsService.getComponentFacts.mockResolvedValue({} as any);
    await request(app).get('/v1/facts/components');
    await request(app).get(
      '/v1/facts/components?entityRef=component:default/a',
    );
    await request(app).get(
      '/v1/facts/components?entityRef=component:default/a&entityRef=resource:default/b',
    );
    expect(
      interactionsService.getComponentFacts.mock.calls.map(c => c[0]),
    ).toEqual([
      { entityRefs: [] },
      { entityRefs: ['component:default/a'] },
      { entityRefs: ['component:default/a', 'resource:default/b'] },
    ]);
  });

  it('validates with the credentials of the caller', async () => {
    const answer = { valid: true, documents: 1, personas: 1, problems: [] };
    validateService.validate.mockResolvedValue(answer);
    const res = await request(app)
      .post('/v1/validate')
      .send({ content: 'kind: Persona' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(answer);
    expect(validateService.validate).toHaveBeenCalledWith(
      'kind: Persona',
      mockCredentials.user(),
    );
  });

  it('answers a validate request without content with a 400 naming it', async () => {
    const res = await request(app).post('/v1/validate').send({ yaml: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/content/);
  });

  it('answers a body over 1 MB with a 413', async () => {
    const res = await request(app)
      .post('/v1/validate')
      .send({ content: 'x'.repeat(1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it('tells when to ask again after a 503', async () => {
    coverageService.getCoverage.mockRejectedValue(
      new ServiceUnavailableError('not ready'),
    );
    const res = await request(app).get('/v1/coverage');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
  });

  it('refuses callers without credentials', async () => {
    const res = await request(app)
      .get('/v1/coverage')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
    expect(coverageService.getCoverage).not.toHaveBeenCalled();
  });
});
