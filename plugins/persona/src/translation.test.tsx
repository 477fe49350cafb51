import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { personaApiRef } from './api';
import { EntityPersonaComponentsCard } from './components/EntityPersonaComponentsCard';
import { anthosProdEuEntity } from './__testUtils__/fixtures';
import { mockPersonaApi } from './__testUtils__/renderWithPersonaApi';
import { personaTranslationRef } from './translation';

describe('personaTranslationRef', () => {
  it('lets an app reword what the views say', async () => {
    const personaApi = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Service Unavailable')),
    });
    renderInTestApp(
      <EntityProvider entity={anthosProdEuEntity}>
        <EntityPersonaComponentsCard />
      </EntityProvider>,
      {
        apis: [[personaApiRef, personaApi]],
        // Translations are the app plugin's to install, hence a module
        features: [
          createFrontendModule({
            pluginId: 'app',
            extensions: [
              TranslationBlueprint.make({
                name: 'persona-test',
                params: {
                  resource: createTranslationMessages({
                    ref: personaTranslationRef,
                    messages: {
                      'componentsCard.title': 'Rollen',
                      'viewLoader.errorTitle': 'Die Rollen von {{name}} fehlen',
                      'retryableErrorPanel.retry': 'Nochmal',
                    },
                  }),
                },
              }),
            ],
          }),
        ],
      },
    );

    expect(await screen.findByText('Rollen')).toBeInTheDocument();
    expect(
      await screen.findByText(/Die Rollen von anthos-prod-eu fehlen/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nochmal' })).toBeInTheDocument();
    // what the app did not reword stays in English
    expect(
      screen.getByText('Who builds, enables and consumes it'),
    ).toBeInTheDocument();
  });
});
