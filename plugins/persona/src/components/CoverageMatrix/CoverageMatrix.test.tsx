import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { coverageResponse } from '../../__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { CoverageMatrix } from './CoverageMatrix';

const cncfBuilder: PersonaSummary = {
  ...coverageResponse.personas[0],
  ref: 'persona:default/cncf-platform-builder',
  title: 'Platform builder',
  framework: 'cncf-platforms',
};

const rows = [
  {
    group: 'group:default/application-teams',
    title: 'Application Teams',
    cells: [
      {
        persona: 'persona:default/anthos-application-developer',
        direct: true,
        inheritedFrom: [],
      },
    ],
  },
  {
    group: 'group:default/payments-team',
    cells: [
      {
        persona: 'persona:default/anthos-application-developer',
        direct: false,
        inheritedFrom: ['group:default/application-teams'],
        inheritedVia: [
          {
            group: 'group:default/application-teams',
            title: 'Application Teams',
            levelsUp: 1,
          },
        ],
      },
    ],
  },
];

async function renderMatrix() {
  return renderWithPersonaApi(
    <CoverageMatrix
      personas={[cncfBuilder, ...coverageResponse.personas]}
      rows={rows}
      total={2}
    />,
    { api: mockPersonaApi() },
  );
}

describe('CoverageMatrix', () => {
  it('groups the persona columns under their framework, as people read it', async () => {
    await renderMatrix();
    const [groupRow, personaRow] = screen.getAllByRole('row');
    const groups = within(groupRow).getAllByRole('columnheader');
    expect(
      groups.map(cell => [
        cell.textContent,
        (cell as HTMLTableCellElement).colSpan,
      ]),
    ).toEqual([
      ['Team', 1],
      ['Anthos', 2],
      ['CNCF Platforms', 1],
    ]);
    // Within a framework, personas by title
    expect(
      within(personaRow)
        .getAllByRole('columnheader')
        .map(cell => cell.textContent),
    ).toEqual([
      'Application owners and developers',
      'Platform team',
      'Platform builder',
    ]);
  });

  it('names teams by title, humanised name otherwise, linking to their Personas tab', async () => {
    await renderMatrix();
    expect(
      screen.getByRole('link', { name: 'Application Teams' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/application-teams/personas',
    );
    expect(screen.getByRole('link', { name: 'Payments Team' })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments-team/personas',
    );
    expect(screen.getByText('Teams (2)')).toBeInTheDocument();
  });

  it('lets keyboard users reach each chip, and tells by title where it comes from', async () => {
    await renderMatrix();
    const direct = screen.getByRole('img', { name: /^direct:/ });
    const inherited = screen.getByRole('img', { name: /^inherited:/ });
    expect(direct).toHaveAttribute('tabindex', '0');
    expect(inherited).toHaveAccessibleName(
      'inherited: Inherited from Application Teams (1 level up)',
    );

    // Tab moves through the links and chips alike
    await userEvent.tab();
    while (document.activeElement !== inherited) {
      await userEvent.tab();
    }
    expect(inherited).toHaveFocus();
    // jsdom knows no :focus-visible, which opens the tooltip on keyboard
    // focus in browsers (see the e2e test); here the pointer opens it
    await userEvent.hover(inherited);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Inherited from Application Teams (1 level up)',
    );
    expect(direct).toHaveAccessibleName(
      'direct: Application Teams is listed as a holder of Application owners and developers',
    );
  });

  it('says so when there is no row', async () => {
    await renderWithPersonaApi(
      <CoverageMatrix
        personas={coverageResponse.personas}
        rows={[]}
        total={0}
        empty="No team matches “zzz”."
      />,
      { api: mockPersonaApi() },
    );
    expect(screen.getByText('No team matches “zzz”.')).toBeInTheDocument();
  });
});
