import { mockCredentials } from '@backstage/backend-test-utils';
import { personaActionsWithFakes } from '../__testUtils__/personaActionFakes';

describe('get-responsibilities', () => {
  const jane = mockCredentials.user('user:default/jane.doe');

  it('answers for the calling user by default: personas, how, responsibilities, components', async () => {
    const { invoke, calls } = personaActionsWithFakes();
    const { output } = await invoke('get-responsibilities', {}, jane);
    expect(output).toEqual({
      entityRef: 'user:default/jane.doe',
      title: 'Jane Doe',
      personas: [
        {
          persona: {
            ref: 'persona:default/activiti-cloud-developer',
            title: 'Activiti Cloud Developer',
            type: 'builder',
            framework: 'activiti-cloud',
            description:
              'Builds system-to-system cloud connectors and runtime bundles.',
          },
          held: [
            { how: 'direct', summary: 'holds it directly' },
            {
              how: 'membership',
              group: {
                ref: 'group:default/connectors-team',
                title: 'Connectors Team',
              },
              from: {
                ref: 'group:default/activiti-platform',
                title: 'Activiti Cloud Team',
              },
              levels: 1,
              summary:
                'member of Connectors Team (group:default/connectors-team), which inherits it from Activiti Cloud Team (group:default/activiti-platform)',
            },
          ],
          responsibilities: [
            {
              id: 'build-connectors',
              title: 'Build system-to-system cloud connectors',
            },
            { id: 'test-connectors', title: 'Test the connectors' },
          ],
          components: {
            builds: [
              {
                ref: 'component:default/connector-slack',
                title: 'Slack cloud connector',
                type: 'cloud-connector',
                via: ['ref', 'selector'],
              },
            ],
            enables: [],
            consumes: [],
          },
        },
      ],
    });
    expect(calls).toEqual([
      { service: 'view', arg: 'user:default/jane.doe', credentials: jane },
    ]);
  });

  it('resolves a bare user name through the catalog', async () => {
    const { invoke } = personaActionsWithFakes();
    const { output } = await invoke(
      'get-responsibilities',
      { entityRef: 'jane.doe' },
      mockCredentials.service(),
    );
    expect(output).toMatchObject({ entityRef: 'user:default/jane.doe' });
  });

  it('asks a service caller without entityRef to name one', async () => {
    const { invoke, calls } = personaActionsWithFakes();
    await expect(
      invoke('get-responsibilities', {}, mockCredentials.service()),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/^entityRef is required/),
    });
    expect(calls).toEqual([]);
  });

  it('points to who-is-responsible for anything but a user or group', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke(
        'get-responsibilities',
        { entityRef: 'resource:default/anthos-prod-eu' },
        jane,
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('use who-is-responsible'),
    });
  });

  it('does not look a bare name up among other kinds', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke('get-responsibilities', { entityRef: 'anthos-prod-eu' }, jane),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('answers a group the caller may not read as not found', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke(
        'get-responsibilities',
        { entityRef: 'group:default/hidden' },
        jane,
      ),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining('group:default/hidden'),
    });
  });

  it('refuses an entityRef that is not a string, naming the field', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(
      invoke('get-responsibilities', { entityRef: ['jane'] }, jane),
    ).rejects.toThrow(/^Invalid entityRef: .*got \["jane"\]/);
  });
});
