import { personaActionsWithFakes } from '../__testUtils__/personaActionFakes';

// resolveEntityRef through the action that uses it with the most kinds
describe('resolveEntityRef', () => {
  it.each([
    ['a bare name', 'anthos-prod-eu'],
    ['kind:name', 'Resource:anthos-prod-eu'],
    ['a title', 'anthos production cluster (eu)'],
  ])('resolves %s through the catalog', async (_, entityRef) => {
    const { invoke } = personaActionsWithFakes();
    const { output } = await invoke('who-is-responsible', { entityRef });
    expect(output).toMatchObject({
      entityRef: 'resource:default/anthos-prod-eu',
    });
  });

  it('lists the candidates of an ambiguous name', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke('who-is-responsible', { entityRef: 'shared-name' }),
    ).rejects.toThrow(
      /entityRef "shared-name" is ambiguous: it names component:default\/shared-name, resource:default\/shared-name/,
    );
  });

  it('says what to try when a name names nothing', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke('who-is-responsible', { entityRef: 'no-such-thing' }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringMatching(/"no-such-thing".*find-personas/),
    });
  });
});
