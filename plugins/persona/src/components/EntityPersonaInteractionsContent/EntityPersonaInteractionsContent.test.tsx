import { ResponseError } from '@backstage/errors';
import { TeamInteractionsResponse } from '@platform-personas/backstage-plugin-persona-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { interaction, team } from '../../__testUtils__/interactionFixtures';
import { groupEntity, meta } from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaInteractionsContent } from './EntityPersonaInteractionsContent';

const platformTeam = groupEntity('platform-team', 'Platform Team');

/** Platform Team provides to Payments, consumes from Infra, is facilitated by SRE, collaborates with Security. */
const interactions: TeamInteractionsResponse = {
  teams: [
    team('platform-team', 'Platform Team', 'platform'),
    team('payments', 'Payments', 'stream-aligned'),
    team('infra', 'Infrastructure', 'platform', 'annotation'),
    team('sre', 'SRE Enablement', 'enabling'),
    team('security', 'Security', 'complicated-subsystem', 'annotation'),
  ],
  interactions: [
    interaction(
      'x-as-a-service',
      'platform-team',
      'payments',
      ['resource:default/anthos-prod-eu'],
      [
        'persona:default/anthos-platform-team',
        'persona:default/anthos-application-developer',
      ],
    ),
    interaction(
      'x-as-a-service',
      'infra',
      'platform-team',
      ['component:default/network'],
      ['persona:default/infra-builder'],
    ),
    interaction(
      'facilitating',
      'sre',
      'platform-team',
      ['resource:default/anthos-prod-eu'],
      ['persona:default/sre-enabler'],
    ),
    interaction(
      'collaboration',
      'platform-team',
      'security',
      ['component:default/policy-controller'],
      ['persona:default/anthos-platform-team'],
    ),
  ],
  titles: {
    'resource:default/anthos-prod-eu': 'Anthos prod EU',
    'component:default/network': 'Network',
    'component:default/policy-controller': 'Policy Controller',
    'persona:default/anthos-platform-team': 'Platform team',
    'persona:default/anthos-application-developer': 'Application developer',
    'persona:default/infra-builder': 'Infra builder',
    'persona:default/sre-enabler': 'SRE enabler',
  },
  meta,
};

function modeCard(title: string) {
  return screen
    .getByText(title)
    .closest('[class*="MuiCard-root"]') as HTMLElement;
}

describe('EntityPersonaInteractionsContent', () => {
  it('asks for the interactions of the team, showing progress meanwhile', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
      api,
      entity: platformTeam,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(api.getInteractions).toHaveBeenCalledWith({
      group: 'group:default/platform-team',
    });
  });

  it('shows the team type and its interactions per mode, with direction in words', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn().mockResolvedValue(interactions),
    });
    await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
      api,
      entity: platformTeam,
    });

    const type = await screen.findByTestId('team-type');
    expect(type).toHaveTextContent('Team type: Platform');
    expect(type).toHaveTextContent('inferred from its personas');

    const xaas = modeCard('X-as-a-Service (2)');
    expect(
      within(xaas).getByText(/One team builds a component/),
    ).toBeInTheDocument();
    const paymentsRow = within(xaas).getByText('Payments').closest('tr')!;
    expect(paymentsRow).toHaveTextContent('provides to Payments');
    expect(
      within(paymentsRow).getByRole('link', { name: 'Payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    expect(
      within(paymentsRow).getByRole('link', { name: 'Anthos prod EU' }),
    ).toHaveAttribute('href', '/catalog/default/resource/anthos-prod-eu');
    expect(
      within(paymentsRow).getByRole('link', { name: 'Application developer' }),
    ).toBeInTheDocument();
    expect(within(paymentsRow).getByText('Platform team')).toBeInTheDocument();
    const infraRow = within(xaas).getByText('Infrastructure').closest('tr')!;
    expect(infraRow).toHaveTextContent('consumes from Infrastructure');

    const facilitating = modeCard('Facilitating (1)');
    expect(
      within(facilitating).getByText('SRE Enablement').closest('tr'),
    ).toHaveTextContent('is facilitated by SRE Enablement');

    const collaboration = modeCard('Collaboration (1)');
    const securityRow = within(collaboration)
      .getByText('Security')
      .closest('tr')!;
    expect(securityRow).toHaveTextContent('collaborates with Security');
    expect(securityRow).toHaveTextContent('Policy Controller');

    // modes in Team Topologies order
    const titles = screen
      .getAllByText(/^(X-as-a-Service|Facilitating|Collaboration) \(\d\)$/)
      .map(node => node.textContent);
    expect(titles).toEqual([
      'X-as-a-Service (2)',
      'Facilitating (1)',
      'Collaboration (1)',
    ]);
  });

  it('says "facilitates" for the enabling team', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn().mockResolvedValue(interactions),
    });
    await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
      api,
      entity: groupEntity('sre', 'SRE Enablement'),
    });
    expect(await screen.findByTestId('team-type')).toHaveTextContent(
      'Team type: Enabling',
    );
    const facilitating = modeCard('Facilitating (1)');
    expect(
      within(facilitating).getByText('Platform Team').closest('tr'),
    ).toHaveTextContent('facilitates Platform Team');
    expect(screen.queryByText(/X-as-a-Service/)).not.toBeInTheDocument();
  });

  it('names the annotation when the team type comes from it', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn().mockResolvedValue(interactions),
    });
    await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
      api,
      entity: groupEntity('infra', 'Infrastructure'),
    });
    expect(await screen.findByTestId('team-type')).toHaveTextContent(
      'Team type: Platform' +
        'set by its annotation persona.platform-personas.io/team-type',
    );
    expect(
      modeCard('X-as-a-Service (1)').querySelector('tbody tr'),
    ).toHaveTextContent('provides to Platform Team');
  });

  it('explains how interactions arise when the team has none', async () => {
    const api = mockPersonaApi({
      getInteractions: jest.fn().mockResolvedValue({
        teams: [],
        interactions: [],
        titles: {},
        meta,
      }),
    });
    await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
      api,
      entity: groupEntity('data-science-team', 'Data Science Team'),
    });
    expect(
      await screen.findByText('Data Science Team interacts with no other team'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /a team that builds a component another team consumes provides it as a service/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('team-type')).toHaveTextContent(
      'Data Science Team holds no persona, so it has no Team Topologies type.',
    );
  });

  it('shows the error with a retry when the interactions cannot be read', async () => {
    const response = new Response(
      JSON.stringify({ error: { name: 'Error', message: 'catalog down' } }),
      { status: 503, statusText: 'Service Unavailable' },
    );
    const error = await ResponseError.fromResponse(response as any);
    const api = mockPersonaApi({
      getInteractions: jest
        .fn()
        .mockRejectedValueOnce(error)
        .mockResolvedValue(interactions),
    });
    await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
      api,
      entity: platformTeam,
    });
    expect(
      await screen.findByText(
        /Could not load the team interactions of Platform Team/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('X-as-a-Service (2)')).toBeInTheDocument();
    expect(api.getInteractions).toHaveBeenCalledTimes(2);
  });

  describe('Team API export', () => {
    let created: Blob[];
    let downloads: string[];
    beforeEach(() => {
      created = [];
      downloads = [];
      (URL as any).createObjectURL = jest.fn((blob: Blob) => {
        created.push(blob);
        return `blob:${created.length}`;
      });
      (URL as any).revokeObjectURL = jest.fn();
      jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function record(this: HTMLAnchorElement) {
          downloads.push(this.download);
        });
    });
    afterEach(() => jest.restoreAllMocks());

    it('downloads the Team API as Markdown and as JSON', async () => {
      const document = { team: interactions.teams[0], personas: [] };
      const api = mockPersonaApi({
        getInteractions: jest.fn().mockResolvedValue(interactions),
        getTeamApiMarkdown: jest.fn().mockResolvedValue('# Platform Team\n'),
        getTeamApi: jest.fn().mockResolvedValue(document),
      });
      await renderWithPersonaApi(<EntityPersonaInteractionsContent />, {
        api,
        entity: platformTeam,
      });
      await screen.findByText('Export Team API');

      await userEvent.click(screen.getByRole('button', { name: 'Markdown' }));
      await waitFor(() =>
        expect(downloads).toEqual(['platform-team-team-api.md']),
      );
      expect(api.getTeamApiMarkdown).toHaveBeenCalledWith(
        'group:default/platform-team',
      );
      expect(created[0].type).toBe('text/markdown;charset=utf-8');
      expect(await created[0].text()).toBe('# Platform Team\n');

      await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
      await waitFor(() => expect(downloads).toHaveLength(2));
      expect(downloads[1]).toBe('platform-team-team-api.json');
      expect(api.getTeamApi).toHaveBeenCalledWith(
        'group:default/platform-team',
      );
      expect(JSON.parse(await created[1].text())).toEqual(document);
    });
  });
});
