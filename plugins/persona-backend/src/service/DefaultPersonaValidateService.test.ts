import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DefaultPersonaValidateService } from './DefaultPersonaValidateService';

const persona = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: builder
spec:
  type: builder
  owner: group:default/platform-team
  holders:
    - group:default/no-such-team
  responsibilities:
    - id: build
      title: Build
`;

const group = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

describe('DefaultPersonaValidateService', () => {
  it('warns at its line about a ref the catalog does not hold, and stays valid', async () => {
    const catalog = catalogServiceMock({ entities: [group('platform-team')] });
    const service = new DefaultPersonaValidateService({
      catalog,
      catalogTimeoutMs: 1000,
    });
    const answer = await service.validate(persona, mockCredentials.user());
    expect(answer).toEqual({
      valid: true,
      documents: 1,
      personas: 1,
      problems: [
        {
          document: 0,
          path: '/spec/holders/0',
          message: expect.stringMatching(
            /^names group:default\/no-such-team, which is unknown: .* The catalog accepts the Persona/,
          ),
          severity: 'warning',
          line: 9,
          column: 7,
        },
      ],
    });
  });

  it('asks the catalog with the credentials of the caller', async () => {
    const catalog = catalogServiceMock({ entities: [] });
    const spy = jest.spyOn(catalog, 'getEntitiesByRefs');
    const service = new DefaultPersonaValidateService({
      catalog,
      catalogTimeoutMs: 1000,
    });
    const credentials = mockCredentials.user('user:default/jane');
    await service.validate(persona, credentials);
    expect(spy).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRefs: [
          'group:default/no-such-team',
          'group:default/platform-team',
        ],
      }),
      { credentials },
    );
  });

  it('is invalid with an error, and does not look up the refs of an invalid persona', async () => {
    const catalog = catalogServiceMock({ entities: [] });
    const spy = jest.spyOn(catalog, 'getEntitiesByRefs');
    const service = new DefaultPersonaValidateService({
      catalog,
      catalogTimeoutMs: 1000,
    });
    const answer = await service.validate(
      persona.replace('  type: builder\n', ''),
      mockCredentials.user(),
    );
    expect(answer.valid).toBe(false);
    expect(answer.problems).toEqual([
      expect.objectContaining({
        path: '/spec/type',
        message: 'is required',
        severity: 'error',
      }),
    ]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('still lists every problem when the catalog does not answer, and says the refs were not looked up', async () => {
    const catalog = catalogServiceMock({ entities: [] });
    jest
      .spyOn(catalog, 'getEntitiesByRefs')
      .mockReturnValue(new Promise(() => {}));
    const service = new DefaultPersonaValidateService({
      catalog,
      catalogTimeoutMs: 10,
    });
    const answer = await service.validate(persona, mockCredentials.user());
    expect(answer).toMatchObject({
      valid: true,
      problems: [
        {
          path: '<root>',
          severity: 'warning',
          message: expect.stringMatching(/^refs not looked up/),
        },
      ],
    });
  });
});
