import { ResponseError } from '@backstage/errors';
import {
  HeldPersona,
  PersonaViewResponse,
} from '@platform-personas/backstage-plugin-persona-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aliceView,
  applicationDeveloperPersona,
  groupEntity,
  meta,
  platformAdminsView,
  platformTeamPersona,
} from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { EntityPersonaContent } from './EntityPersonaContent';

const platformAdmins = groupEntity(
  'platform-admins',
  'Platform Administrators',
);
const platformTeam = groupEntity('platform-team', 'Platform Team');

const policyController = {
  ref: 'component:default/anthos-policy-controller',
  missing: false,
  via: ['selector' as const],
  selectors: [
    {
      filter: { kind: 'Component', 'spec.type': 'platform-service' },
      ownedByHolder: true,
    },
  ],
  title: 'Policy Controller',
  type: 'platform-service',
  owners: ['group:default/security-team'],
};
const configManagement = {
  ref: 'component:default/anthos-config-management',
  missing: false,
  via: ['ref' as const],
  title: 'Anthos Config Management',
  owners: ['group:default/platform-admins'],
};
const held = (
  persona: HeldPersona['persona'],
  builds: HeldPersona['components']['builds'],
): HeldPersona => ({
  persona,
  sources: [{ type: 'direct' }],
  components: { builds, enables: [], consumes: [] },
});

/** Two personas that both build the Policy Controller; a sub-team holds a third. */
const platformTeamView: PersonaViewResponse = {
  type: 'holder',
  entityRef: 'group:default/platform-team',
  personas: [
    held(platformTeamPersona, [policyController, configManagement]),
    held(applicationDeveloperPersona, [policyController]),
  ],
  ownedPersonas: [platformTeamPersona],
  subTeams: [
    {
      group: 'group:default/security-team',
      levels: 1,
      personas: [
        held(
          {
            ...applicationDeveloperPersona,
            ref: 'persona:default/sec',
            title: 'Security officer',
          },
          [
            {
              ...configManagement,
              ref: 'component:default/iam',
              title: 'IAM guardrails',
            },
          ],
        ),
      ],
    },
  ],
  titles: {
    'group:default/security-team': 'Security Administrators',
    'group:default/platform-admins': 'Platform Administrators',
    'group:default/platform-team': 'Platform Team',
  },
  meta,
};

function mapCard() {
  return screen
    .getByText('Responsibility map')
    .closest('[class*="MuiCard-root"]') as HTMLElement;
}

describe('EntityPersonaContent', () => {
  it('shows progress while the view loads', async () => {
    const api = mockPersonaApi({
      getView: jest.fn(() => new Promise(() => {})),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformAdmins,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(api.getView).toHaveBeenCalledWith('group:default/platform-admins', {
      limit: 50,
      subTeamLimit: 0,
    });
  });

  it('leads with the responsibility map: counts per mode, each component once, through which personas', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformTeam,
    });

    await screen.findByText('Responsibility map');
    const map = mapCard();
    expect(within(map).getByText('Builds: 2')).toBeInTheDocument();
    expect(within(map).getByText('Enables: 0')).toBeInTheDocument();
    expect(within(map).getByText('2 components')).toBeInTheDocument();
    // built through two personas, listed once
    expect(within(map).getAllByText('Policy Controller')).toHaveLength(1);
    const row = within(map).getByText('Policy Controller').closest('tr')!;
    expect(within(row).getByText('Platform team')).toBeInTheDocument();
    expect(
      within(row).getByText('Application owners and developers'),
    ).toBeInTheDocument();
    // owners by title, from the view
    expect(
      within(row).getByText('Security Administrators'),
    ).toBeInTheDocument();
    expect(within(map).queryByText('IAM guardrails')).not.toBeInTheDocument();
    // the map comes before the persona cards
    const cardTitles = screen
      .getAllByText(/Responsibility map|Platform team/)
      .map(node => node.textContent);
    expect(cardTitles[0]).toBe('Responsibility map');
    expect(api.getView).toHaveBeenCalledTimes(1);
  });

  it('explains a selector match in a tooltip on focus', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformTeam,
    });
    await screen.findByText('Responsibility map');
    const [chip] = within(mapCard()).getAllByTestId('selector-chip');
    expect(chip).toHaveAttribute('tabindex', '0');
    chip.focus();
    const tooltip = await screen.findByText(
      /Matched by the selector kind: Component, spec\.type: platform-service/,
    );
    expect(tooltip).toHaveTextContent(
      'Only what the holder (or a sub-group) owns.',
    );
  });

  it('includes what the sub-teams hold when asked, and names them', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformTeam,
    });
    await screen.findByText('Responsibility map');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Include sub-teams' }),
    );

    const map = mapCard();
    expect(within(map).getByText('Builds: 3')).toBeInTheDocument();
    const row = within(map).getByText('IAM guardrails').closest('tr')!;
    expect(within(row).getByText('Security officer')).toBeInTheDocument();
    expect(within(row).getByText(/held by/)).toHaveTextContent(
      'held by Security Administrators',
    );

    const subTeams = screen
      .getByText('What its sub-teams hold')
      .closest('[class*="MuiCard-root"]') as HTMLElement;
    expect(within(subTeams).getByText(/child group/)).toBeInTheDocument();
    const owned = screen
      .getByText('Personas Platform Team maintains')
      .closest('[class*="MuiCard-root"]') as HTMLElement;
    expect(within(owned).getByText('Platform team')).toBeInTheDocument();
  });

  it('shows a persona card per persona: provenance in words with levels, responsibilities in full', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        ...platformAdminsView,
        personas: [
          {
            ...(platformAdminsView as any).personas[0],
            sources: [
              { type: 'inherited', from: 'group:default/acme', levels: 2 },
            ],
          },
        ],
        titles: { 'group:default/acme': 'ACME Corp' },
      }),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformAdmins,
    });

    expect(
      await screen.findByText('Inherited from', { exact: false }),
    ).toHaveTextContent('Inherited from ACME Corp (2 levels up)');
    expect(
      screen.getByText(
        'So that it is ready for use by the application owners.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Builds (3)')).toBeInTheDocument();
    const missingRow = screen
      .getByText(/resource:default\/anthos-legacy-dc/)
      .closest('tr')!;
    expect(within(missingRow).getByText('missing')).toBeInTheDocument();
  });

  it('says "parent group" for one level, and through which group a user holds a persona', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        ...aliceView,
        personas: [
          {
            ...(aliceView as any).personas[0],
            sources: [
              {
                type: 'membership',
                group: 'group:default/platform-admins',
                from: 'group:default/platform-team',
                levels: 1,
              },
            ],
          },
        ],
        titles: {
          'group:default/platform-admins': 'Platform Administrators',
          'group:default/platform-team': 'Platform Team',
        },
      }),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'alice.admin', namespace: 'default' },
        spec: {
          memberOf: ['platform-admins'],
          profile: { displayName: 'Alice' },
        },
      },
    });

    expect(await screen.findByText(/Through membership of/)).toHaveTextContent(
      'Through membership of Platform Administrators, which inherits it from Platform Team (parent group)',
    );
    expect(api.getView).toHaveBeenCalledWith('user:default/alice.admin', {
      limit: 50,
      subTeamLimit: 0,
    });
  });

  it('explains how to author a Persona when the group holds, owns and sees none', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue({
        type: 'holder',
        entityRef: 'group:default/data-science-team',
        personas: [],
        ownedPersonas: [],
        subTeams: [],
        meta,
      }),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: groupEntity('data-science-team', 'Data Science Team'),
    });

    expect(
      await screen.findByText('Data Science Team holds no persona'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'authoring guide' }),
    ).toHaveAttribute('href', '/personas/authoring');
    expect(
      screen.getByRole('link', { name: 'Persona validator' }),
    ).toHaveAttribute('href', '/personas/validate');
  });

  it('shows the error inside the tab, naming the group by its title, and retries', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'No entity named group:default/platform-admins',
          },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const api = mockPersonaApi({
      getView: jest
        .fn()
        .mockRejectedValueOnce(notFound)
        .mockResolvedValueOnce(platformAdminsView),
    });
    await renderWithPersonaApi(<EntityPersonaContent />, {
      api,
      entity: platformAdmins,
    });

    expect(
      await screen.findByText(/Could not load the personas of /),
    ).not.toHaveTextContent('group:default/platform-admins');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(screen.getByText('Responsibility map')).toBeInTheDocument(),
    );
    expect(api.getView).toHaveBeenCalledTimes(2);
  });
});
