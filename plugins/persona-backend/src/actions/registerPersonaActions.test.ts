import { personaActionsWithFakes } from '../__testUtils__/personaActionFakes';

describe('registerPersonaActions', () => {
  it('registers five read-only actions, with input schemas that say what is required', async () => {
    const { registry } = personaActionsWithFakes();
    const { actions } = await registry.list();
    expect(
      Object.fromEntries(
        actions.map(action => [
          action.name,
          {
            attributes: action.attributes,
            properties: Object.keys(
              (action.schema.input as any).properties ?? {},
            ),
            required: (action.schema.input as any).required ?? [],
          },
        ]),
      ),
    ).toEqual({
      'who-is-responsible': {
        attributes: { readOnly: true, idempotent: true, destructive: false },
        properties: ['entityRef'],
        required: ['entityRef'],
      },
      'get-responsibilities': {
        attributes: { readOnly: true, idempotent: true, destructive: false },
        properties: ['entityRef'],
        required: [],
      },
      'find-personas': {
        attributes: { readOnly: true, idempotent: true, destructive: false },
        properties: ['query', 'framework', 'type', 'limit'],
        required: [],
      },
      'coverage-gaps': {
        attributes: { readOnly: true, idempotent: true, destructive: false },
        properties: ['limit', 'framework', 'type'],
        required: [],
      },
      'validate-persona': {
        attributes: { readOnly: true, idempotent: true, destructive: false },
        properties: ['content'],
        required: ['content'],
      },
    });
    for (const action of actions) {
      // each tells an assistant when to use another action instead
      expect(action.description).toMatch(
        /Use (who-is-responsible|get-responsibilities|find-personas)/,
      );
      expect(
        (action.schema.input as any).properties[
          Object.keys((action.schema.input as any).properties)[0]
        ].description,
      ).toBeTruthy();
    }
  });
});
