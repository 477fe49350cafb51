import { mockCredentials } from '@backstage/backend-test-utils';
import { personaActionsWithFakes } from '../__testUtils__/personaActionFakes';

describe('validate-persona', () => {
  it('validates the text with the caller credentials and answers every problem', async () => {
    const { invoke, calls } = personaActionsWithFakes({
      validation: {
        valid: false,
        documents: 2,
        personas: 2,
        problems: [
          {
            document: 0,
            path: '/spec/responsibilities',
            message: "must have required property 'responsibilities'",
            line: 7,
            column: 1,
          },
          {
            document: 1,
            path: '/spec/holders/0',
            message: 'group:default/ghosts names nothing in the catalog',
            severity: 'warning',
            line: 12,
            column: 7,
          },
        ],
      },
    });
    const caller = mockCredentials.user('user:default/jane.doe');
    const { output } = await invoke(
      'validate-persona',
      { content: 'kind: Persona\n' },
      caller,
    );
    expect(output).toEqual({
      valid: false,
      documents: 2,
      personas: 2,
      problems: [
        {
          document: 0,
          path: '/spec/responsibilities',
          message: "must have required property 'responsibilities'",
          // an older service answers no severity: it is an error
          severity: 'error',
          line: 7,
          column: 1,
        },
        {
          document: 1,
          path: '/spec/holders/0',
          message: 'group:default/ghosts names nothing in the catalog',
          severity: 'warning',
          line: 12,
          column: 7,
        },
      ],
    });
    expect(calls).toEqual([
      { service: 'validate', arg: 'kind: Persona\n', credentials: caller },
    ]);
  });

  it.each([{}, { content: '' }, { content: 7 }])(
    'refuses %j naming the field',
    async input => {
      const { invoke, calls } = personaActionsWithFakes();
      await expect(invoke('validate-persona', input)).rejects.toThrow(
        /^Invalid content: the Persona YAML or JSON text/,
      );
      expect(calls).toEqual([]);
    },
  );
});
