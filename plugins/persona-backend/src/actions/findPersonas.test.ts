import { mockCredentials } from '@backstage/backend-test-utils';
import { personaActionsWithFakes } from '../__testUtils__/personaActionFakes';
import { queryTerms } from './matchPersona';

describe('find-personas', () => {
  const jane = mockCredentials.user('user:default/jane.doe');

  it('finds who does IAM: the persona, the matching responsibility, its holders', async () => {
    const { invoke, calls } = personaActionsWithFakes();
    const { output } = await invoke(
      'find-personas',
      { query: 'who does IAM?' },
      jane,
    );
    expect(output).toEqual({
      total: 1,
      terms: ['iam'],
      personas: [
        {
          ref: 'persona:default/anthos-platform-team',
          title: 'Platform team',
          type: 'builder',
          framework: 'anthos',
          description:
            'Builds and manages the life cycle of the Anthos platform.',
          matchedTerms: ['iam'],
          matchedIn: ['responsibilities'],
          responsibilities: [{ id: 'iam-security', title: 'IAM and security' }],
          channels: [],
          tools: [],
          holders: [
            { ref: 'group:default/platform-team', title: 'Platform Team' },
          ],
        },
      ],
    });
    expect(calls.map(c => [c.service, c.credentials])).toEqual([
      ['coverage', jane],
      ['view', jane],
    ]);
  });

  it('ranks the personas matching more terms first', async () => {
    const { invoke } = personaActionsWithFakes();
    const { output } = (await invoke('find-personas', {
      query: 'cluster helm connectors',
    })) as any;
    expect(output.terms).toEqual(['cluster', 'helm', 'connector']);
    expect(
      output.personas.map((p: any) => [p.ref, p.matchedTerms, p.matchedIn]),
    ).toEqual([
      [
        'persona:default/activiti-cloud-developer',
        ['helm', 'connector'],
        ['description', 'responsibilities', 'tools'],
      ],
      [
        'persona:default/anthos-platform-team',
        ['cluster'],
        ['responsibilities'],
      ],
    ]);
    expect(output.personas[1].responsibilities).toEqual([
      { id: 'cluster-management', title: 'Kubernetes and cluster management' },
    ]);
  });

  it('lists every responsibility of a persona matched elsewhere, and its holders', async () => {
    const { invoke } = personaActionsWithFakes();
    const { output } = (await invoke('find-personas', {
      query: 'Helm',
    })) as any;
    expect(output.personas).toHaveLength(1);
    expect(output.personas[0]).toMatchObject({
      ref: 'persona:default/activiti-cloud-developer',
      matchedIn: ['tools'],
      holders: [
        { ref: 'group:default/connectors-team', title: 'Connectors Team' },
        { ref: 'user:default/jane.doe', title: 'Jane Doe' },
      ],
    });
    expect(output.personas[0].responsibilities).toHaveLength(2);
  });

  it('matches the start of words only', async () => {
    const { invoke } = personaActionsWithFakes();
    const { output } = await invoke('find-personas', { query: 'ecurity' });
    expect(output).toMatchObject({ total: 0, personas: [] });
  });

  it('lists every persona of a framework without a query, within the limit', async () => {
    const { invoke, calls } = personaActionsWithFakes();
    const { output } = (await invoke('find-personas', {
      framework: 'activiti-cloud',
      limit: 1,
    })) as any;
    expect(calls[0].arg).toMatchObject({ framework: 'activiti-cloud' });
    expect(output.total).toBe(1);
    expect(output.personas.map((p: any) => p.ref)).toEqual([
      'persona:default/activiti-cloud-developer',
    ]);
  });

  it('refuses a limit out of range, naming the field', async () => {
    const { invoke } = personaActionsWithFakes();
    await expect(invoke('find-personas', { limit: 51 })).rejects.toThrow(
      /^Invalid limit: a whole number from 1 to 50; got 51/,
    );
  });

  it.each([
    ['who does IAM?', ['iam']],
    ['Who deploys the runtime bundles?', ['deploy', 'runtime', 'bundle']],
    ['who', ['who']],
    ['  ', []],
  ])('reads %j as the terms %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});
