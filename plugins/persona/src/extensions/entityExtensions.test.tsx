import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { personaApiRef } from '../api';
import {
  anthosProdEuEntity,
  anthosProdEuView,
  groupEntity,
  platformTeamPersonaEntity,
  platformTeamPersonaView,
} from '../__testUtils__/fixtures';
import { mockPersonaApi } from '../__testUtils__/renderWithPersonaApi';
import {
  entityPersonaComponentsCard,
  entityPersonaContent,
  entityPersonaHoldersCard,
} from './entityExtensions';

const apiEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'persona-api', namespace: 'default' },
  spec: {},
};

function renderOnEntity(element: JSX.Element, entity: Entity, view: object) {
  const personaApi = mockPersonaApi({
    getView: jest.fn().mockResolvedValue(view),
  });
  return renderInTestApp(
    <EntityProvider entity={entity}>{element}</EntityProvider>,
    {
      apis: [[personaApiRef, personaApi]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('the config of the entity extensions', () => {
  it('retitles the components card and narrows its kinds', async () => {
    const tester = createExtensionTester(entityPersonaComponentsCard, {
      config: { title: 'Who works on it', kinds: ['Resource'] },
    });
    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(applies(anthosProdEuEntity)).toBe(true);
    expect(applies(apiEntity)).toBe(false);

    renderOnEntity(tester.reactElement(), anthosProdEuEntity, anthosProdEuView);
    expect(await screen.findByText('Who works on it')).toBeInTheDocument();
    expect(await screen.findByText('Built by')).toBeInTheDocument();
  });

  it('lets the blueprint filter win over kinds', () => {
    const tester = createExtensionTester(entityPersonaComponentsCard, {
      config: { kinds: ['resource'], filter: { kind: 'api' } },
    });
    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(applies(apiEntity)).toBe(true);
    expect(applies(anthosProdEuEntity)).toBe(false);
  });

  it('retitles a card of Persona pages', async () => {
    const tester = createExtensionTester(entityPersonaHoldersCard, {
      config: { title: 'Taken by' },
    });
    renderOnEntity(
      tester.reactElement(),
      platformTeamPersonaEntity,
      platformTeamPersonaView,
    );
    expect(await screen.findByText('Taken by')).toBeInTheDocument();
    expect(screen.queryByText('Holders')).not.toBeInTheDocument();
  });

  it('puts the Personas tab on the configured kinds, titled as configured', () => {
    const tester = createExtensionTester(entityPersonaContent, {
      config: { kinds: ['group'], title: 'Roles' },
    });
    const applies = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Roles');
    expect(applies(groupEntity('platform-team'))).toBe(true);
    expect(applies({ ...groupEntity('alice'), kind: 'User' })).toBe(false);
  });

  it.each([
    [{ kinds: [] }, /non-empty list of entity kinds/],
    [{ kinds: 'component' }, /non-empty list of entity kinds/],
    [{ title: 3 }, /non-empty string/],
  ])('refuses the config %j', (config, message) => {
    expect(() =>
      createExtensionTester(entityPersonaComponentsCard, {
        config: config as any,
      }).reactElement(),
    ).toThrow(message);
  });
});
