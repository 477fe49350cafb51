import { Entity } from '@backstage/catalog-model';
import {
  ComponentPersonaRole,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { screen, within } from '@testing-library/react';
import { meta, platformTeamPersona } from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaComponentsCard } from './EntityPersonaComponentsCard';

const activitiCloud: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'activiti-cloud',
    namespace: 'default',
    title: 'Activiti Cloud',
  },
  spec: { owner: 'activiti-platform' },
};
const none = { builds: [], enables: [], consumes: [] };
const developer: ComponentPersonaRole = {
  persona: {
    ...platformTeamPersona,
    ref: 'persona:default/activiti-cloud-developer',
    title: 'Activiti Cloud Developer',
  },
  via: ['selector'],
  holders: ['group:default/connectors-team'],
  selectors: [{ filter: { 'spec.type': 'cloud-connector' } }],
};
const part = (name: string, title: string) => ({
  ref: `component:default/${name}`,
  title,
  modes: { ...none, builds: [developer] },
});

const systemView: PersonaViewResponse = {
  type: 'component',
  entityRef: 'system:default/activiti-cloud',
  modes: none,
  parts: [
    part('connector-slack', 'Slack cloud connector'),
    part('connector-email', 'Email cloud connector'),
    { ref: 'resource:default/runtime-cluster', modes: none },
  ],
  titles: { 'group:default/connectors-team': 'Connectors Team' },
  meta,
};

describe('EntityPersonaComponentsCard on a System', () => {
  it('rolls up who builds its parts, through which part', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(systemView),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard />, {
      api,
      entity: activitiCloud,
    });

    expect(
      await screen.findByText('Built by, through its parts'),
    ).toBeInTheDocument();
    const row = screen.getByText('Activiti Cloud Developer').closest('tr')!;
    expect(within(row).getByText('Connectors Team')).toBeInTheDocument();
    expect(within(row).getByText('2 of 3 parts')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: 'Slack cloud connector' }),
    ).toHaveAttribute('href', '/catalog/default/component/connector-slack');
    expect(
      within(row).getByRole('link', { name: 'Email cloud connector' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No persona builds, enables or consumes 1 of its 3 parts.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/No persona builds, enables or consumes Activiti/),
    ).not.toBeInTheDocument();
  });

  it('says so when neither the System nor its parts have a persona', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        ...systemView,
        parts: [{ ref: 'component:default/x', modes: none }],
      }),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard />, {
      api,
      entity: activitiCloud,
    });
    expect(
      await screen.findByText(
        'No persona builds, enables or consumes Activiti Cloud or any of its 1 parts',
      ),
    ).toBeInTheDocument();
  });
});
