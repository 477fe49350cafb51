import { screen } from '@testing-library/react';
import { anthosProdEuEntity, anthosProdEuView } from './__testUtils__/fixtures';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from './__testUtils__/renderWithPersonaApi';
import { EntityPersonaComponentsCard, personaPlugin } from './plugin';
import { personaApiRef } from './api';

describe('the legacy plugin', () => {
  it('is the persona plugin with its API and root route', () => {
    expect(personaPlugin.getId()).toBe('persona');
    expect([...personaPlugin.getApis()].map(factory => factory.api)).toEqual([
      personaApiRef,
    ]);
    expect(personaPlugin.routes.root).toBeDefined();
    expect(personaPlugin.routes.validate).toBeDefined();
  });

  it('loads an extension lazily and renders it', async () => {
    const api = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(anthosProdEuView),
    });
    await renderWithPersonaApi(<EntityPersonaComponentsCard />, {
      api,
      entity: anthosProdEuEntity,
    });
    expect(await screen.findByText('Built by')).toBeInTheDocument();
  });
});
