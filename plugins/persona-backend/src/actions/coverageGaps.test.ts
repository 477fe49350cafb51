import { mockCredentials } from '@backstage/backend-test-utils';
import { personaActionsWithFakes } from '../__testUtils__/personaActionFakes';

const page = <T>(items: T[], total = items.length) => ({
  items,
  total,
  offset: 0,
  limit: 2,
});

describe('coverage-gaps', () => {
  it('answers each gap with its total, titled, asking coverage with the caller credentials', async () => {
    const { invoke, calls } = personaActionsWithFakes({
      coverage: {
        teams: page([], 7),
        personasWithoutHolder: page(['persona:default/anthos-platform-team']),
        uncoveredComponents: page(
          [
            {
              ref: 'resource:default/ml-gpu-cluster',
              title: 'Data science GPU cluster',
              type: 'kubernetes-cluster',
              owners: ['group:default/platform-team'],
            },
          ],
          3,
        ),
        groupsWithoutPersona: page(
          ['group:default/connectors-team', 'group:default/acme'],
          5,
        ),
      },
    });
    const caller = mockCredentials.user('user:default/jane.doe');
    const { output } = await invoke(
      'coverage-gaps',
      { limit: 2, framework: 'anthos' },
      caller,
    );
    expect(output).toEqual({
      personas: 1,
      teamsWithPersona: 7,
      personasWithoutHolder: {
        total: 1,
        items: [
          {
            ref: 'persona:default/anthos-platform-team',
            title: 'Platform team',
          },
        ],
      },
      uncoveredComponents: {
        total: 3,
        items: [
          {
            ref: 'resource:default/ml-gpu-cluster',
            title: 'Data science GPU cluster',
            type: 'kubernetes-cluster',
            owners: [
              { ref: 'group:default/platform-team', title: 'Platform Team' },
            ],
          },
        ],
      },
      groupsWithoutPersona: {
        total: 5,
        items: [
          { ref: 'group:default/connectors-team', title: 'Connectors Team' },
          { ref: 'group:default/acme' },
        ],
      },
    });
    expect(calls).toEqual([
      {
        service: 'coverage',
        arg: { offset: 0, limit: 2, framework: 'anthos', type: undefined },
        credentials: caller,
      },
    ]);
  });

  it('asks for 50 items of each list by default', async () => {
    const { invoke, calls } = personaActionsWithFakes();
    await invoke('coverage-gaps', {});
    expect(calls[0].arg).toMatchObject({ offset: 0, limit: 50 });
  });

  it.each([0, 501, 2.5, '10'])(
    'refuses limit %j naming the field',
    async limit => {
      const { invoke, calls } = personaActionsWithFakes();
      await expect(invoke('coverage-gaps', { limit })).rejects.toThrow(
        /^Invalid limit: a whole number from 1 to 500/,
      );
      expect(calls).toEqual([]);
    },
  );
});
