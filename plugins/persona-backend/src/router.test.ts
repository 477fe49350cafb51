import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { createRouter } from './router';
import { PersonaCoverageService } from './service/personaCoverageServiceRef';
import { PersonaValidateService } from './service/personaValidateServiceRef';
import { PersonaViewService } from './service/personaViewServiceRef';

describe('createRouter', () => {
  let app: express.Express;
  let viewService: jest.Mocked<PersonaViewService>;
  let coverageService: jest.Mocked<PersonaCoverageService>;
  let validateService: jest.Mocked<PersonaValidateService>;

  beforeEach(async () => {
    viewService = { getViewBody: jest.fn() };
    coverageService = { getCoverage: jest.fn() };
    validateService = { validate: jest.fn() };
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      viewService,
      coverageService,
      validateService,
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
    );
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
