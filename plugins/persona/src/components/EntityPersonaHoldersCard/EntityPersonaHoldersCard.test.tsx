import { screen, within } from '@testing-library/react';
import { platformTeamPersonaView } from '../../__testUtils__/fixtures';
import { personaCardCases } from '../../__testUtils__/personaCardCases';
import { EntityPersonaHoldersCard } from './EntityPersonaHoldersCard';

describe('EntityPersonaHoldersCard', () => {
  const renderCard = personaCardCases(<EntityPersonaHoldersCard />, {
    title: 'Holders',
    whenEmpty: ['Nobody holds this persona yet', /spec.holders/],
  });

  function rowOf(text: string | RegExp): HTMLElement {
    return screen.getAllByText(text)[0].closest('tr')!;
  }

  it('lists holders and marks missing ones', async () => {
    await renderCard();

    const holder = await screen.findByRole('link', { name: /platform-team/ });
    expect(holder).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-team',
    );
    expect(within(holder.closest('tr')!).getByText('Group')).toBeVisible();
    expect(within(rowOf(/platform-ghosts/)).getByText('missing')).toBeVisible();
  });

  it('counts the direct members of a group, as the org plugin does, and its sub-groups apart', async () => {
    await renderCard({
      ...platformTeamPersonaView,
      holders: [
        {
          ref: 'group:default/platform-team',
          missing: false,
          memberCount: 5,
          directMemberCount: 0,
        },
        {
          ref: 'group:default/connectors-team',
          missing: false,
          memberCount: 2,
          directMemberCount: 2,
        },
        { ref: 'user:default/jane.doe', missing: false },
      ],
    });

    const platform = (
      await screen.findByRole('link', { name: /platform-team/ })
    ).closest('tr')!;
    expect(within(platform).getByText('0')).toBeVisible();
    expect(within(platform).getByText('5 including sub-groups')).toBeVisible();

    const connectors = rowOf(/connectors-team/);
    expect(within(connectors).getByText('2')).toBeVisible();
    expect(
      within(connectors).queryByText(/including sub-groups/),
    ).not.toBeInTheDocument();

    // a person is not counted as a group of one
    const jane = rowOf(/jane\.doe/);
    expect(within(jane).getByText('User')).toBeVisible();
    expect(within(jane).getByText('—')).toBeVisible();
    expect(within(jane).queryByText(/1/)).not.toBeInTheDocument();
  });

  it('shows the subtree count of a server that sends no direct count', async () => {
    await renderCard();

    const holder = await screen.findByRole('link', { name: /platform-team/ });
    expect(within(holder.closest('tr')!).getByText('5')).toBeVisible();
  });

  it('gives material-table a row id per holder, so that it warns of nothing', async () => {
    // material-table checks the rows only in development builds
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    const warn = jest.spyOn(console, 'warn');
    try {
      await renderCard();
      await screen.findByRole('link', { name: /platform-team/ });
      expect(warn).not.toHaveBeenCalledWith(
        expect.stringMatching(/unique id|columns provided to material table/),
      );
    } finally {
      warn.mockRestore();
      process.env.NODE_ENV = nodeEnv;
    }
  });
});
