import { Entity } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import {
  catalogApiRef,
  entityPresentationApiRef,
  EntityProvider,
  entityRouteRef,
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  catalogPlugin,
  DefaultEntityPresentationApi,
} from '@backstage/plugin-catalog';
import {
  catalogGraphApiRef,
  catalogGraphRouteRef,
} from '@backstage/plugin-catalog-graph';
import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  createPersonaCatalogGraphApi,
  PersonaApi,
  personaApiRef,
} from '@platform-personas/backstage-plugin-persona';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entityPage } from './EntityPage';

// Entity pages and persona cards load lazily
const slowly = { timeout: 15_000 };

const meta = {
  indexVersion: '0123456789abcdef0123456789abcdef',
  indexBuiltAt: '2025-01-01T00:00:00.000Z',
  indexEntityCount: 3,
  indexBuildMillis: 1,
};

const platformTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'platform-team',
    namespace: 'default',
    title: 'Platform Team',
  },
  spec: { type: 'team', children: [] },
};

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'anthos-prod-eu', namespace: 'default' },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/platform-team' },
};

const platformTeamPersona: Entity = {
  apiVersion: 'platform-personas.io/v1alpha1',
  kind: 'Persona',
  metadata: {
    name: 'anthos-platform-team',
    namespace: 'default',
    title: 'Platform team',
  },
  spec: { type: 'builder', owner: 'group:default/platform-team' },
};

/** As the catalog keeps a Persona whose YAML was made invalid: its last good version, with the error. */
const invalidatedPersona: AlphaEntity = {
  ...platformTeamPersona,
  status: {
    items: [
      {
        type: 'backstage.io/catalog-processing',
        level: 'error',
        message:
          'InputError: Processor PersonaEntitiesProcessor threw an error while validating the entity persona:default/anthos-platform-team; caused by TypeError: /spec/holders/0 must be string',
        error: {
          name: 'InputError',
          message:
            'Processor PersonaEntitiesProcessor threw an error while validating the entity persona:default/anthos-platform-team; caused by TypeError: /spec/holders/0 must be string',
        },
      },
    ],
  },
};

const views: Record<string, PersonaViewResponse> = {
  'group:default/platform-team': {
    type: 'holder',
    entityRef: 'group:default/platform-team',
    personas: [],
    meta,
  },
  'resource:default/anthos-prod-eu': {
    type: 'component',
    entityRef: 'resource:default/anthos-prod-eu',
    modes: { builds: [], enables: [], consumes: [] },
    meta,
  },
  'persona:default/anthos-platform-team': {
    type: 'persona',
    entityRef: 'persona:default/anthos-platform-team',
    persona: {
      ref: 'persona:default/anthos-platform-team',
      title: 'Platform team',
      type: 'builder',
      owner: 'group:default/platform-team',
      channels: [],
      tools: [],
      responsibilities: [
        { id: 'lifecycle', title: 'Build and manage the platform life cycle' },
      ],
    },
    holders: [],
    components: { builds: [], enables: [], consumes: [] },
    meta,
  },
};

const personaApi: PersonaApi = {
  getView: async (entityRef: string) => views[entityRef],
  getViewList: jest.fn(),
  getCoverage: jest.fn(),
  validate: jest.fn(),
  getInteractions: jest.fn(async () => ({
    teams: [
      {
        ref: 'group:default/platform-team',
        title: 'Platform Team',
        teamType: 'platform' as const,
        teamTypeSource: 'inferred' as const,
      },
    ],
    interactions: [
      {
        mode: 'x-as-a-service' as const,
        from: 'group:default/platform-team',
        to: 'group:default/payments',
        components: ['resource:default/anthos-prod-eu'],
        personas: ['persona:default/anthos-platform-team'],
      },
    ],
    titles: {},
    meta,
  })),
  getTeamApi: jest.fn(),
  getTeamApiMarkdown: jest.fn(),
  getComponentFacts: jest.fn(),
};

const techInsightsDiscovery = {
  getBaseUrl: async (pluginId: string) => `http://backend/api/${pluginId}`,
};
/** The scorecard's tech-insights answer: every persona check, the builder passing. */
const techInsightsFetch = jest.fn(
  async (_url: RequestInfo | URL, init?: RequestInit) =>
    new Response(
      JSON.stringify(
        (JSON.parse(String(init?.body)).checks as string[]).map(id => ({
          check: { id, name: `Check ${id}`, description: '' },
          result: id === 'personaHasBuilder',
          facts: {},
        })),
      ),
      { status: 200, headers: { 'Content-Type': 'application/json' } },
    ),
);

function renderEntityPage(entity: Entity) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          catalogApiRef,
          catalogApiMock({
            entities: [platformTeam, cluster, entity],
          }),
        ],
        [catalogGraphApiRef, createPersonaCatalogGraphApi()],
        [starredEntitiesApiRef, new MockStarredEntitiesApi()],
        [entityPresentationApiRef, DefaultEntityPresentationApi.createLocal()],
        [permissionApiRef, mockApis.permission()],
        [
          scmIntegrationsApiRef,
          ScmIntegrationsApi.fromConfig(mockApis.config()),
        ],
        [personaApiRef, personaApi],
        [discoveryApiRef, techInsightsDiscovery],
        [fetchApiRef, { fetch: techInsightsFetch }],
      ]}
    >
      <EntityProvider entity={entity}>{entityPage}</EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog': catalogPlugin.routes.catalogIndex,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/catalog-graph': catalogGraphRouteRef,
      },
    },
  );
}

describe('entityPage', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the catalog graph measures its node labels
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 100, height: 20 }),
      configurable: true,
    });
  });

  it('gives Groups a Personas tab with the personas they hold', async () => {
    await renderEntityPage(platformTeam);

    expect(
      await screen.findByRole('tab', { name: 'Overview' }, slowly),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Personas' }));

    expect(
      await screen.findByText(
        'Platform Team holds no persona',
        undefined,
        slowly,
      ),
    ).toBeInTheDocument();
  }, 60_000);

  it('gives Groups an Interactions tab with their team type and interactions', async () => {
    await renderEntityPage(platformTeam);

    await userEvent.click(
      await screen.findByRole('tab', { name: 'Interactions' }, slowly),
    );
    expect(
      await screen.findByText('X-as-a-Service (1)', undefined, slowly),
    ).toBeInTheDocument();
    expect(screen.getByText('Team type: Platform')).toBeInTheDocument();
    expect(screen.getByText(/provides to/)).toBeInTheDocument();
  }, 60_000);

  it('shows who builds, enables and consumes a Resource on its overview', async () => {
    await renderEntityPage(cluster);

    expect(
      await screen.findByText('Personas', undefined, slowly),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No persona builds, enables or consumes anthos-prod-eu',
        undefined,
        slowly,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Relations')).toBeInTheDocument();
    // and the persona scorecard of tech insights
    expect(
      await screen.findByText('1 of 5 checks pass', undefined, slowly),
    ).toBeInTheDocument();
    expect(techInsightsFetch).toHaveBeenCalledWith(
      'http://backend/api/tech-insights/checks/run/default/Resource/anthos-prod-eu',
      expect.objectContaining({ method: 'POST' }),
    );
  }, 60_000);

  it('gives Personas their own page of cards and a diagram', async () => {
    await renderEntityPage(platformTeamPersona);

    expect(
      await screen.findByText(
        'Build and manage the platform life cycle',
        undefined,
        slowly,
      ),
    ).toBeInTheDocument();
    for (const title of [
      'About',
      'Responsibilities',
      'Holders',
      'Components',
      'Relations',
    ]) {
      expect(screen.getByText(title)).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Diagram' })).toBeInTheDocument();
  }, 60_000);

  it('shows the processing error of a Persona made invalid above its last good version', async () => {
    await renderEntityPage(invalidatedPersona);

    // the warning panel's summary names the field
    const [summary] = await screen.findAllByText(
      /\/spec\/holders\/0 must be string/,
      undefined,
      slowly,
    );
    expect(summary.tagName).toBe('H6');
    expect(
      await screen.findByText(
        'Build and manage the platform life cycle',
        undefined,
        slowly,
      ),
    ).toBeInTheDocument();
  }, 60_000);
});
