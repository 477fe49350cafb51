import { parseNotifyRequest } from './parseNotifyRequest';

describe('parseNotifyRequest', () => {
  it('keeps what is given, trimmed title', () => {
    expect(
      parseNotifyRequest({
        title: ' Release train tomorrow ',
        description: 'Freeze at noon.',
        link: '/catalog/default/system/anthos-platform',
        severity: 'high',
      }),
    ).toEqual({
      title: 'Release train tomorrow',
      description: 'Freeze at noon.',
      link: '/catalog/default/system/anthos-platform',
      severity: 'high',
    });
    expect(
      parseNotifyRequest({ title: 'Hi', link: 'https://x.example/a' }),
    ).toEqual({ title: 'Hi', link: 'https://x.example/a' });
  });

  it.each([
    [undefined, 'Invalid request body'],
    [[], 'Invalid request body'],
    [{}, 'Invalid title: expected a non-empty string'],
    [{ title: '  ' }, 'Invalid title: expected a non-empty string'],
    [{ title: 3 }, 'Invalid title: expected a string'],
    [
      { title: 'x'.repeat(201) },
      'Invalid title: expected a string of at most 200',
    ],
    [{ title: 'T', description: {} }, 'Invalid description'],
    [
      { title: 'T', link: ['java', 'script:alert(1)'].join('') },
      'Invalid link',
    ],
    [{ title: 'T', link: '//evil.example' }, 'Invalid link'],
    [
      { title: 'T', severity: 'urgent' },
      'Invalid severity: expected one of critical, high, normal, low',
    ],
  ])('refuses %j with a 400 that names the field', (body, message) => {
    expect(() => parseNotifyRequest(body)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringContaining(message),
      }),
    );
  });
});
