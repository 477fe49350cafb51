import { mockCredentials } from '@backstage/backend-test-utils';
import {
  clusterSelector,
  personaActionsWithFakes,
} from '../__testUtils__/personaActionFakes';

describe('who-is-responsible', () => {
  const jane = mockCredentials.user('user:default/jane.doe');

  it('answers who builds, enables and consumes a resource, with the holders titled', async () => {
    const { invoke, calls } = personaActionsWithFakes();
    const { output } = await invoke(
      'who-is-responsible',
      { entityRef: 'resource:default/anthos-prod-eu' },
      jane,
    );
    expect(output).toEqual({
      entityRef: 'resource:default/anthos-prod-eu',
      viewType: 'component',
      modes: {
        builds: [
          {
            persona: {
              ref: 'persona:default/anthos-platform-team',
              title: 'Platform team',
              type: 'builder',
              framework: 'anthos',
            },
            via: ['selector'],
            selectors: [clusterSelector],
            holders: [
              { ref: 'group:default/platform-team', title: 'Platform Team' },
            ],
          },
        ],
        enables: [],
        consumes: [],
      },
    });
    // asked with the caller's own credentials
    expect(calls).toEqual([
      {
        service: 'view',
        arg: 'resource:default/anthos-prod-eu',
        credentials: jane,
      },
    ]);
  });

  it('rolls a system up with its parts', async () => {
    const { invoke } = personaActionsWithFakes();
    const { output } = (await invoke('who-is-responsible', {
      entityRef: 'system:default/anthos-platform',
    })) as any;
    expect(output.parts).toEqual([
      expect.objectContaining({
        ref: 'resource:default/anthos-prod-eu',
        title: 'Anthos production cluster (EU)',
      }),
    ]);
    expect(output.parts[0].modes.builds[0].holders).toEqual([
      { ref: 'group:default/platform-team' },
    ]);
  });

  it('answers the holders and components of a persona', async () => {
    const { invoke } = personaActionsWithFakes();
    const { output } = await invoke('who-is-responsible', {
      entityRef: 'persona:default/anthos-platform-team',
    });
    expect(output).toMatchObject({
      viewType: 'persona',
      persona: { ref: 'persona:default/anthos-platform-team' },
      holders: [{ ref: 'group:default/platform-team', title: 'Platform Team' }],
      components: {
        builds: [
          {
            ref: 'resource:default/anthos-prod-eu',
            title: 'Anthos production cluster (EU)',
            type: 'kubernetes-cluster',
            via: ['selector'],
            appliesTo: ['group:default/platform-team'],
          },
        ],
        enables: [],
        consumes: [],
      },
    });
  });

  it('answers an entity without a view the caller may read as not found', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke('who-is-responsible', { entityRef: 'resource:default/secret' }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringMatching(/resource:default\/secret.*full ref/),
    });
  });

  it.each(['user:default/jane.doe', 'platform-team'])(
    'points to get-responsibilities for %s',
    async entityRef => {
      const { invoke, calls } = personaActionsWithFakes();
      await expect(
        invoke('who-is-responsible', { entityRef }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('use get-responsibilities'),
      });
      expect(calls).toEqual([]);
    },
  );

  it.each([{}, { entityRef: 42 }, { entityRef: '  ' }])(
    'refuses %j naming the field',
    async input => {
      const { invoke } = personaActionsWithFakes();
      await expect(invoke('who-is-responsible', input)).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(/^Invalid entityRef: an entity ref/),
      });
    },
  );
});
