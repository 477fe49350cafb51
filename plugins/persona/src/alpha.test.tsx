import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { catalogGraphApiRef } from '@backstage/plugin-catalog-graph';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  ApiBlueprint,
  coreExtensionData,
  iconsApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import personaPlugin, {
  personaCatalogGraphModule,
  personaIconsModule,
} from './alpha';
import { personaApiRef } from './api';
import {
  anthosProdEuEntity,
  anthosProdEuView,
  coverageResponse,
  groupEntity,
  platformAdminsView,
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from './__testUtils__/fixtures';
import { mockPersonaApi } from './__testUtils__/renderWithPersonaApi';

const user: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice.admin', namespace: 'default' },
  spec: {},
};
const api: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'persona-api', namespace: 'default' },
  spec: {},
};
const legacyNamedPersona: Entity = {
  ...platformTeamPersonaEntity,
  apiVersion: 'example.com/v1',
};
const system: Entity = { ...anthosProdEuEntity, kind: 'System' };

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function renderOnEntity(
  element: JSX.Element,
  entity: Entity,
  personaApi: ReturnType<typeof mockPersonaApi>,
) {
  return renderInTestApp(
    <EntityProvider entity={entity}>{element}</EntityProvider>,
    { apis: [[personaApiRef, personaApi]], mountedRoutes },
  );
}

describe('the new frontend system plugin', () => {
  it('shows the Personas tab on Group and User pages only', async () => {
    const extension = personaPlugin.getExtension('entity-content:persona');
    const tester = createExtensionTester(extension);
    const applies = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;

    expect(tester.get(coreExtensionData.routePath)).toBe('personas');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Personas');
    expect(applies(groupEntity('platform-admins'))).toBe(true);
    expect(applies(user)).toBe(true);
    expect(applies(anthosProdEuEntity)).toBe(false);

    const personaApi = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformAdminsView),
    });
    renderOnEntity(
      tester.reactElement(),
      groupEntity('platform-admins'),
      personaApi,
    );
    expect(await screen.findByText('Builds (3)')).toBeInTheDocument();
    expect(screen.getByText(/Inherited from parent group/)).toBeInTheDocument();
  });

  it('puts the components card on every kind with a component view', async () => {
    const tester = createExtensionTester(
      personaPlugin.getExtension('entity-card:persona/components'),
    );
    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;

    expect(applies(anthosProdEuEntity)).toBe(true);
    expect(applies(system)).toBe(true);
    expect(applies(api)).toBe(true);
    expect(applies(groupEntity('platform-team'))).toBe(false);

    const personaApi = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(anthosProdEuView),
    });
    renderOnEntity(tester.reactElement(), anthosProdEuEntity, personaApi);
    expect(await screen.findByText('Built by')).toBeInTheDocument();
    expect(screen.getByText('Consumed by')).toBeInTheDocument();
  });

  it.each([
    ['entity-card:persona/facts', 'google-cloud-ui'],
    [
      'entity-card:persona/responsibilities',
      'Build and manage the life cycle of the Anthos platform',
    ],
    ['entity-card:persona/holders', '5'],
    ['entity-card:persona/modes', 'Builds (2)'],
  ] as const)('renders %s on Persona pages only', async (id, text) => {
    const tester = createExtensionTester(personaPlugin.getExtension(id));
    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;

    expect(applies(platformTeamPersonaEntity)).toBe(true);
    expect(applies(legacyNamedPersona)).toBe(false);
    expect(applies(anthosProdEuEntity)).toBe(false);

    const personaApi = mockPersonaApi({
      getView: jest.fn().mockResolvedValue(platformTeamPersonaView),
    });
    renderOnEntity(
      tester.reactElement(),
      platformTeamPersonaEntity,
      personaApi,
    );
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('shows a failing view inside the card', async () => {
    const tester = createExtensionTester(
      personaPlugin.getExtension('entity-card:persona/holders'),
    );
    const personaApi = mockPersonaApi({
      getView: jest.fn().mockRejectedValue(new Error('Service Unavailable')),
    });
    renderOnEntity(
      tester.reactElement(),
      platformTeamPersonaEntity,
      personaApi,
    );
    expect(
      await screen.findByText(
        /Could not load the personas of anthos-platform-team/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Holders')).toBeInTheDocument();
  });

  it('serves the Personas page at /personas, titled for the nav bar', async () => {
    const tester = createExtensionTester(
      personaPlugin.getExtension('page:persona'),
    );
    expect(tester.get(coreExtensionData.routePath)).toBe('/personas');
    expect(tester.get(coreExtensionData.title)).toBe('Personas');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();

    const personaApi = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
    });
    renderInTestApp(tester.reactElement(), {
      apis: [[personaApiRef, personaApi]],
      mountedRoutes,
    });
    expect(await screen.findByText('Teams (2)')).toBeInTheDocument();
    expect(screen.getByText('Groups without persona (1)')).toBeInTheDocument();
  });

  it('serves the validator at /personas/validate, linked from the Personas page', async () => {
    const personaApi = mockPersonaApi({
      getCoverage: jest.fn().mockResolvedValue(coverageResponse),
      validate: jest.fn().mockResolvedValue({
        valid: true,
        documents: 1,
        personas: 1,
        problems: [],
      }),
    });
    renderTestApp({
      features: [personaPlugin],
      apis: [[personaApiRef, personaApi]],
      mountedRoutes,
      initialRouteEntries: ['/personas'],
    });

    // the whole app boots, and loads the page lazily
    expect(
      await screen.findByText('Teams (2)', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Validate Persona YAML' });
    expect(link).toHaveAttribute('href', '/personas/validate');
    await userEvent.click(link);

    expect(
      await screen.findByRole('heading', { name: 'Validate Persona YAML' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Teams (2)')).not.toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Start from a template' }),
      'Activiti Cloud DevOps (operator)',
    );
    expect(
      await screen.findByText('Valid: 1 Persona document'),
    ).toBeInTheDocument();
    expect(personaApi.validate).toHaveBeenCalledWith(
      expect.stringContaining('name: activiti-cloud-devops'),
    );
  }, 20_000);

  it('opens the validator directly at /personas/validate', async () => {
    renderTestApp({
      features: [personaPlugin],
      apis: [[personaApiRef, mockPersonaApi()]],
      mountedRoutes,
      initialRouteEntries: ['/personas/validate'],
    });
    expect(
      await screen.findByRole(
        'textbox',
        { name: 'Persona YAML' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'all personas' })).toHaveAttribute(
      'href',
      '/personas',
    );
  }, 20_000);

  it('provides the persona API', () => {
    const tester = createExtensionTester(
      personaPlugin.getExtension('api:persona'),
    );
    expect(tester.get(ApiBlueprint.dataRefs.factory).api).toBe(personaApiRef);
  });
});

describe('the modules for other plugins', () => {
  function KnownRelations() {
    const graphApi = useApi(catalogGraphApiRef);
    return (
      <div>
        {graphApi.knownRelationPairs.map(pair => pair.join('/')).join(' ')}
      </div>
    );
  }

  function PersonaKindIcon() {
    const icon = useApi(iconsApiRef).icon('kind:persona');
    return <span data-testid="kind-icon">{icon ?? 'no icon'}</span>;
  }

  it('gives the catalog graph the Persona relations', async () => {
    renderInTestApp(<KnownRelations />, {
      features: [catalogGraphPlugin, personaCatalogGraphModule],
    });
    expect(
      await screen.findByText(
        /personaOf\/hasPersona builds\/builtBy enables\/enabledBy consumes\/consumedBy/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/ownerOf\/ownedBy/)).toBeInTheDocument();
  });

  it('leaves the catalog graph alone without the module', async () => {
    renderInTestApp(<KnownRelations />, { features: [catalogGraphPlugin] });
    expect(await screen.findByText(/ownerOf\/ownedBy/)).toBeInTheDocument();
    expect(screen.queryByText(/personaOf/)).not.toBeInTheDocument();
  });

  it('registers the icon of the Persona kind', async () => {
    renderInTestApp(<PersonaKindIcon />, { features: [personaIconsModule] });
    const icon = await screen.findByTestId('kind-icon');
    expect(icon.querySelector('svg')).toBeInTheDocument();
    expect(icon).not.toHaveTextContent('no icon');
  });

  it('has no Persona kind icon without the module', async () => {
    renderInTestApp(<PersonaKindIcon />);
    expect(await screen.findByText('no icon')).toBeInTheDocument();
  });
});
