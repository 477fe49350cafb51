/* eslint-disable jest/no-export -- a module of shared test cases, not a test file */
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { screen } from '@testing-library/react';
import { ReactElement } from 'react';
import { PersonaApi } from '../api';
import { platformTeamPersonaEntity, platformTeamPersonaView } from './fixtures';
import { barePersonaView } from './personaPageData';
import { mockPersonaApi, renderWithPersonaApi } from './renderWithPersonaApi';

/** What the persona API answers a card: a view, a failure, or nothing yet. */
export type PersonaCardAnswer = PersonaViewResponse | Error | 'pending';

function getViewAnswering(answer: PersonaCardAnswer) {
  if (answer === 'pending') {
    return jest.fn(() => new Promise<PersonaViewResponse>(() => {}));
  }
  if (answer instanceof Error) {
    return jest.fn().mockRejectedValue(answer);
  }
  return jest.fn().mockResolvedValue(answer);
}

/**
 * Renders a card of Persona pages on the page of anthos-platform-team, with
 * the persona API answering `answer` (the persona's full view unless told),
 * and returns that API.
 */
export async function renderPersonaCard(
  card: ReactElement,
  answer: PersonaCardAnswer = platformTeamPersonaView,
): Promise<{ api: jest.Mocked<PersonaApi> }> {
  const api = mockPersonaApi({ getView: getViewAnswering(answer) });
  await renderWithPersonaApi(card, { api, entity: platformTeamPersonaEntity });
  return { api };
}

/**
 * Adds the cases every card of Persona pages shares to the current
 * `describe`: progress while the view loads, a failure kept inside the card,
 * which still shows `title`, and — given `whenEmpty` — what the card shows
 * for a persona with nothing attached. Returns how to render the card for
 * the card's own cases, with the persona API answering as told.
 */
export function personaCardCases(
  card: ReactElement,
  options: { title: string; whenEmpty?: Array<string | RegExp> },
) {
  it('shows progress while loading', async () => {
    await renderPersonaCard(card, 'pending');
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('keeps a failure inside the card', async () => {
    await renderPersonaCard(card, new Error('Failed to fetch'));
    expect(
      await screen.findByText(/Could not load the personas/),
    ).toBeInTheDocument();
    expect(screen.getByText(options.title)).toBeInTheDocument();
  });

  const { whenEmpty } = options;
  if (whenEmpty) {
    it('says what to do when the persona has nothing of the kind', async () => {
      await renderPersonaCard(card, barePersonaView);
      for (const text of whenEmpty) {
        expect(await screen.findByText(text)).toBeInTheDocument();
      }
    });
  }

  return (answer?: PersonaCardAnswer): ReturnType<typeof renderPersonaCard> =>
    renderPersonaCard(card, answer);
}
