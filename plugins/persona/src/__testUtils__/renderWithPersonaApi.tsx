import { Entity } from '@backstage/catalog-model';
import { RouteRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ReactElement } from 'react';
import { PersonaApi, personaApiRef } from '../api';

/** A PersonaApi whose methods are jest mocks. */
export function mockPersonaApi(
  overrides: Partial<PersonaApi> = {},
): jest.Mocked<PersonaApi> {
  return {
    getView: jest.fn(),
    getViewList: jest.fn(),
    getCoverage: jest.fn(),
    validate: jest.fn(),
    ...overrides,
  } as jest.Mocked<PersonaApi>;
}

/**
 * Renders a component of the legacy system in a test app, on an entity page
 * when given an entity; entity links resolve, and so do the route refs of
 * `mountedRoutes`, with the app starting at the first of `routeEntries`.
 */
export function renderWithPersonaApi(
  element: ReactElement,
  options: {
    api: PersonaApi;
    entity?: Entity;
    mountedRoutes?: { [path: string]: RouteRef };
    routeEntries?: string[];
  },
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider apis={[[personaApiRef, options.api]]}>
      {content}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...options.mountedRoutes,
      },
      routeEntries: options.routeEntries,
    },
  );
}
