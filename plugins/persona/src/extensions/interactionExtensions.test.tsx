import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { groupEntity } from '../__testUtils__/fixtures';
import {
  entityPersonaInteractionsContent,
  entityPersonaScorecardCard,
} from './interactionExtensions';

const entityOfKind = (kind: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', namespace: 'default' },
  spec: {},
});

describe('the interaction and scorecard extensions', () => {
  it('adds an Interactions tab to Group pages only', () => {
    const tester = createExtensionTester(entityPersonaInteractionsContent);
    const applies = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Interactions',
    );
    expect(tester.get(coreExtensionData.routePath)).toBe('interactions');
    expect(applies(groupEntity('platform-team'))).toBe(true);
    expect(applies(entityOfKind('User'))).toBe(false);
    expect(applies(entityOfKind('Component'))).toBe(false);
  });

  it('puts the scorecard on Component and Resource pages, kinds configurable', () => {
    const applies = createExtensionTester(entityPersonaScorecardCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(applies(entityOfKind('Component'))).toBe(true);
    expect(applies(entityOfKind('Resource'))).toBe(true);
    expect(applies(entityOfKind('System'))).toBe(false);
    expect(applies(groupEntity('platform-team'))).toBe(false);

    const systemsOnly = createExtensionTester(entityPersonaScorecardCard, {
      config: { kinds: ['System'] },
    }).get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(systemsOnly(entityOfKind('System'))).toBe(true);
    expect(systemsOnly(entityOfKind('Component'))).toBe(false);
  });
});
